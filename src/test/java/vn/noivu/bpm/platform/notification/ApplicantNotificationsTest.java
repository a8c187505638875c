package vn.noivu.bpm.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;

class ApplicantNotificationsTest {

    @Test
    void everyRecruitmentEmailLinksToTheLookupPageWithoutPersonalData() {
        for (RecruitmentMilestone milestone : RecruitmentMilestone.values()) {
            Notification mail = ApplicantNotifications.toNotification(new ApplicantNotifications.Message(milestone,
                    "TD-1-00000001", "lan@noivu.local", "Nguyễn Thị Lan", "Tuyển dụng công chức năm 2026", "Chi tiết",
                    LocalDate.of(2026, 12, 24)), "https://dichvucong.example.vn/");
            assertThat(mail.body()).as(milestone.name())
                    .contains("Tra cứu hồ sơ (nhập số hồ sơ và số định danh cá nhân): https://dichvucong.example.vn/tra-cuu\n",
                            "hết ngày 24/12/2026");
        }
    }

    @Test
    void aMilestoneWithoutALookupPageHasNoLink() {
        ApplicantMilestone plain = new ApplicantMilestone() {
            public String kind() {
                return "APPLICANT_X";
            }

            public String title() {
                return "Hồ sơ %s";
            }

            public String opening() {
                return "Hồ sơ số %s.";
            }
        };
        Notification mail = ApplicantNotifications.toNotification(new ApplicantNotifications.Message(plain, "X-1",
                "a@noivu.local", "A", "Thủ tục", null, null), "https://dichvucong.example.vn");
        assertThat(mail.body()).doesNotContain("Tra cứu hồ sơ");
    }
}
