package vn.noivu.bpm.recruitment.domain;

/** A recruitment round as recorded (recruitment_round). */
public record RoundRow(long id, String code, String title, String agency, String method, String staffType,
                       String legalBasis, java.time.LocalDate noticeDate, java.time.LocalDate applicationDeadline,
                       String status, String processInstanceId, java.time.Instant reviewWindowEnd) {
}
