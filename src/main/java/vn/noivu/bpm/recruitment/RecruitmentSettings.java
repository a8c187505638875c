package vn.noivu.bpm.recruitment;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recruitment values from the law that are configuration rather than rule tables.
 *
 * @param minApplicationWindowDays the application window lasts at least this many days after the notice
 *                                 (Decree 170/2025 Art. 15(4): 30 days)
 * @param legalBasis               the legal basis a new round runs under, per staff type; a round keeps its own
 */
@ConfigurationProperties("noivu.recruitment")
public record RecruitmentSettings(
        @DefaultValue("30") int minApplicationWindowDays,
        Map<String, String> legalBasis) {
}
