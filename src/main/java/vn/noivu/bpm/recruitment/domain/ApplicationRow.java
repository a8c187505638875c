package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An application (Phiếu đăng ký dự tuyển) as recorded (recruitment_application). */
public record ApplicationRow(long id, String applicationNumber, long roundId, long positionId, String fullName,
                             String citizenId, LocalDate dateOfBirth, String email, String degreeLevel,
                             String degreeMajor, BigDecimal priorityPoints, String status,
                             String ineligibilityReason, String agencyPreferences) {
}
