package vn.noivu.bpm.recruitment.domain;

import java.time.LocalDate;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;

/** A winner's (or next-ranked candidate's) hiring, with what the steps of hiring-dossier need. */
public record Winner(long applicationId, String applicationNumber, String fullName, String email, long positionId,
                     String positionCode, String positionTitle, String minDegree, String agency, RoundRow round, HiringStatus status,
                     LocalDate dossierDeadline, LocalDate startDeadline, String decisionNumber) {
}
