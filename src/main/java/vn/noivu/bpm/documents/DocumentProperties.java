package vn.noivu.bpm.documents;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code noivu.documents}: the issuers, by code (the code is what the register and the API name). */
@ConfigurationProperties("noivu.documents")
public record DocumentProperties(Map<String, Issuer> issuers) {

    public DocumentProperties {
        issuers = issuers == null ? Map.of() : Map.copyOf(issuers);
    }
}
