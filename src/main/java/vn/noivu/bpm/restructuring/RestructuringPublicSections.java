package vn.noivu.bpm.restructuring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.bpm.platform.web.site.PublicSection;
import vn.noivu.bpm.restructuring.web.RestructuringPublicPages;

/** Restructuring's entry in the public site's menu and on its home page. */
@Configuration
public class RestructuringPublicSections {

    @Bean
    PublicSection restructuringConsultationSection() {
        return new PublicSection(RestructuringPublicPages.SCHEMES, "Sắp xếp đơn vị hành chính",
                "Xem kết quả lấy ý kiến hộ gia đình về các đề án sắp xếp đơn vị hành chính.", 40);
    }
}
