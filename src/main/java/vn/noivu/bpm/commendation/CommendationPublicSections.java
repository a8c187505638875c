package vn.noivu.bpm.commendation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.bpm.commendation.web.CommendationPublicPages;
import vn.noivu.bpm.platform.web.site.PublicSection;

/** Commendation's entries in the public site's menu and on its home page. */
@Configuration
public class CommendationPublicSections {

    @Bean
    PublicSection commendationPostingSection() {
        return new PublicSection(CommendationPublicPages.POSTINGS, "Niêm yết khen thưởng",
                "Xem danh sách cá nhân, tập thể được đề nghị khen thưởng đang niêm yết và gửi ý kiến phản ánh.", 30);
    }

    @Bean
    PublicSection commendationDecisionsSection() {
        return new PublicSection(CommendationPublicPages.DECISIONS, "Quyết định khen thưởng",
                "Xem các quyết định khen thưởng đã ban hành theo từng năm và tải bản quyết định.", 31);
    }
}
