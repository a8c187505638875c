package vn.noivu.bpm.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The initial administrator (from ADMIN_USER / ADMIN_PASSWORD) and whether demo users are created.
 * The password is never logged: {@link #toString()} leaves it out.
 */
@ConfigurationProperties("noivu.identity")
public record IdentityProperties(String adminUser, String adminPassword, boolean demoUsers) {

    public boolean hasAdminAccount() {
        return adminUser != null && !adminUser.isBlank() && adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "IdentityProperties[adminUser=" + adminUser + ", demoUsers=" + demoUsers + "]";
    }
}
