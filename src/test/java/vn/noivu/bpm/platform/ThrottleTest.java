package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.FromAddress;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * Throttles per client address, shared through the database: the public dossier lookup (30 a minute per address,
 * 10 a minute per application number) and wrong passwords (5 per 15 minutes per address and user name, 50 per
 * address). Each test speaks from
 * loopback addresses of its own (127.a.b.x), so the rest of the suite, on 127.0.0.1, is not throttled.
 */
@PostgresIntegrationTest
class ThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    /** Loopback addresses of this run's own (127.a.b.x): counters of earlier runs in the database do not apply. */
    private final String net = "127." + (1 + (int) (Math.random() * 250)) + "." + (1 + (int) (Math.random() * 250)) + ".";
    private String userId;

    @AfterEach
    void removeTheUser() {
        if (userId != null) {
            identityService.deleteUser(userId);
        }
    }

    private static String lookup(String number) {
        return "/api/recruitment/applications/" + number + "?citizenId=001200000001";
    }

    private static void assertTooMany(FromAddress.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 900);
        assertThat(response.body()).contains("\"error\":\"too_many_requests\"", "Vui lòng thử lại sau");
    }

    @Test
    void aClientThatTriesNumbersAtSpeedMustWait() {
        FromAddress prober = new FromAddress(net + "2", port);
        int refused = 0;
        for (int i = 0; i < 31; i++) {
            FromAddress.Response response = prober.get(lookup("TT-" + run + "-" + i), Map.of());
            if (response.status() == 429) {
                refused++;
                assertTooMany(response);
            } else {
                assertThat(response.status()).isEqualTo(404);
            }
        }
        // 30 within the minute; at most one more when the test straddles two windows.
        assertThat(refused).isBetween(0, 1);
        if (refused == 0) {
            assertTooMany(prober.get(lookup("TT-" + run + "-x"), Map.of()));
        }
        assertThat(new HttpTestClient(port).get(lookup("TT-" + run + "-other")).statusCode())
                .as("another client address is not throttled").isEqualTo(404);
    }

    @Test
    void oneDossierIsLookedUpTenTimesAMinuteWhateverTheAddress() {
        String number = "TT-" + run + "-dossier";
        int answered = 0;
        FromAddress.Response last = null;
        for (int i = 0; i < 11 && (last == null || last.status() != 429); i++) {
            last = new FromAddress(net + (10 + i), port).get(lookup(number), Map.of());
            answered += last.status() == 404 ? 1 : 0;
        }
        assertTooMany(last);
        assertThat(answered).as("ten answers, or fewer when the minute turned").isBetween(1, 10);
    }

    @Test
    void wrongPasswordsFromOneAddressWaitAndCannotLockTheAccount() {
        userId = "thu" + run;
        User user = identityService.newUser(userId);
        user.setPassword("mat-khau-dung-" + run);
        identityService.saveUser(user);
        FromAddress attacker = new FromAddress(net + "30", port);
        Map<String, String> wrong = Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((userId + ":sai").getBytes(StandardCharsets.UTF_8)));
        int unauthorized = 0;
        for (int i = 0; i < 12; i++) {
            FromAddress.Response response = attacker.get(i % 2 == 0 ? "/engine-rest/user/count" : "/api/platform/info", wrong);
            if (response.status() == 429) {
                assertTooMany(response);
            } else {
                assertThat(response.status()).isEqualTo(401);
                unauthorized++;
            }
        }
        assertThat(unauthorized).as("five wrong passwords, then the address waits").isEqualTo(5);
        UserEntity stored = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        assertThat(stored.getAttempts()).as("the engine saw at most those five: far from the 10 that lock an account")
                .isBetween(1, 5);
        // A colleague behind the same address logs in as usual.
        assertThat(attacker.get("/engine-rest/user/count", Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("chuyenvien:chuyenvien".getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(200);

        // The webapps' login form counts the same way for its address.
        FromAddress browser = new FromAddress(net + "31", port);
        FromAddress.Response page = browser.get("/camunda/app/tasklist/", Map.of());
        String cookies = page.header("Set-Cookie");
        String xsrf = cookies.replaceAll(".*XSRF-TOKEN=([^;]+).*", "$1");
        String session = cookies.replaceAll(".*JSESSIONID=([^;]+).*", "$1");
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded",
                "X-XSRF-TOKEN", xsrf, "Cookie", "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + session);
        int refusedLogins = 0;
        for (int i = 0; i < 7; i++) {
            FromAddress.Response login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist", form,
                    "username=khong-co-" + run + "&password=sai");
            if (login.status() == 429) {
                refusedLogins++;
            } else {
                assertThat(login.status()).as(login.body()).isEqualTo(401);
            }
        }
        assertThat(refusedLogins).isEqualTo(2);
        assertThat(browser.post("/camunda/api/admin/auth/user/default/login/tasklist", form,
                "username=lanhdao&password=lanhdao").status()).as("another user from that address logs in").isEqualTo(200);
    }

    @Test
    void anAddressTryingManyAccountsWaitsForAll() {
        FromAddress sprayer = new FromAddress(net + "40", port);
        int refused = 0;
        for (int i = 0; i < 52; i++) {
            FromAddress.Response response = sprayer.get("/api/platform/me", Map.of("Authorization", "Basic " + Base64
                    .getEncoder().encodeToString(("khong-co-" + run + i + ":sai").getBytes(StandardCharsets.UTF_8))));
            refused += response.status() == 429 ? 1 : 0;
        }
        assertThat(refused).as("50 wrong passwords from one address, then all its logins wait").isEqualTo(2);
        assertThat(sprayer.get("/engine-rest/user/count", Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("chuyenvien:chuyenvien".getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(429);
    }
}
