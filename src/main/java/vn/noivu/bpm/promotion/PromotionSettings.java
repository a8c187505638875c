package vn.noivu.bpm.promotion;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param legalBasis the legal basis a new promotion round runs under, per staff type; a round keeps its own */
@ConfigurationProperties("noivu.promotion")
public record PromotionSettings(Map<String, String> legalBasis) {
}
