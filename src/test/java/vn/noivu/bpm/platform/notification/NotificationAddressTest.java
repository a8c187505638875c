package vn.noivu.bpm.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class NotificationAddressTest {

    @Test
    void aSenderWithAVietnameseNameKeepsItsNameAndAddress() throws Exception {
        InternetAddress from = NotificationOutbox.address("Sở Nội vụ <noreply@snv.gov.vn>");

        assertThat(from.getAddress()).isEqualTo("noreply@snv.gov.vn");
        assertThat(from.getPersonal()).isEqualTo("Sở Nội vụ");
        assertThat(NotificationOutbox.address("chuyenvien@snv.gov.vn").getPersonal()).isNull();
    }

    @Test
    void anythingButOneAddressIsRefused() {
        assertThatThrownBy(() -> NotificationOutbox.address("a@snv.gov.vn, b@snv.gov.vn"))
                .isInstanceOf(AddressException.class);
        assertThatThrownBy(() -> NotificationOutbox.address("")).isInstanceOf(AddressException.class);
    }
}
