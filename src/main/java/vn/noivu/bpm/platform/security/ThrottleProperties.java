package vn.noivu.bpm.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lookupsPerClient   public dossier lookups (and review requests) one client address may make per window
 * @param lookupsPerDossier  lookups of one application number per window, whoever asks
 * @param lookupWindow       the window of both
 * @param failedLoginsPerClient  wrong passwords for one user name from one client address per window before those
 *                           logins wait; below the engine's 10 attempts that lock an account, so one address
 *                           cannot lock anybody out
 * @param failedLoginsPerAddress wrong passwords from one client address across all user names per window before
 *                           every login from it waits (many accounts tried); high, as an office shares one address
 * @param loginWindow        the window of failed logins
 * @param formsPerClient     public form submissions (an application, a review request, an objection) one client
 *                           address may send per window; an office or a school shares one address, so not tiny
 * @param formWindow         the window of form submissions
 */
@ConfigurationProperties("noivu.throttle")
public record ThrottleProperties(
        @DefaultValue("30") int lookupsPerClient,
        @DefaultValue("10") int lookupsPerDossier,
        @DefaultValue("1m") Duration lookupWindow,
        @DefaultValue("5") int failedLoginsPerClient,
        @DefaultValue("50") int failedLoginsPerAddress,
        @DefaultValue("15m") Duration loginWindow,
        @DefaultValue("20") int formsPerClient,
        @DefaultValue("10m") Duration formWindow) {
}
