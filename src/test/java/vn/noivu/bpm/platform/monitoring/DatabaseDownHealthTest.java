package vn.noivu.bpm.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.TestDatabase;

/**
 * The application reaches PostgreSQL through a TCP proxy this test closes: the health endpoint and the readiness
 * probe go DOWN (503, so a balancer takes the node out), liveness stays UP (nothing to restart), and all come back
 * when the database is reachable again. No mock: the real driver, pool and health indicator see a dead socket.
 */
@Tag("postgres")
class DatabaseDownHealthTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Forwards every connection to PostgreSQL; {@link #cut()} closes the listener and every open connection. */
    static final class TcpProxy implements AutoCloseable {
        private final InetSocketAddress target;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile ServerSocket server;
        private int port;

        TcpProxy(InetSocketAddress target) {
            this.target = target;
        }

        synchronized int open() throws IOException {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = listening.getLocalPort();
            server = listening;
            Thread accept = new Thread(() -> {
                while (!listening.isClosed()) {
                    try {
                        Socket client = listening.accept();
                        Socket upstream = new Socket(target.getAddress(), target.getPort());
                        sockets.add(client);
                        sockets.add(upstream);
                        pipe(client, upstream);
                        pipe(upstream, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "db-proxy-accept");
            accept.setDaemon(true);
            accept.start();
            return port;
        }

        private void pipe(Socket from, Socket to) {
            Thread copy = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // the proxy was cut
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "db-proxy-pipe");
            copy.setDaemon(true);
            copy.start();
        }

        synchronized void cut() {
            closeQuietly(server);
            sockets.forEach(DatabaseDownHealthTest::closeQuietly);
            sockets.clear();
        }

        @Override
        public void close() {
            cut();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    @Test
    void healthAndReadinessGoDownWhileTheDatabaseIsUnreachableAndComeBack() throws Exception {
        String url = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/noivu_test");
        URI direct = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(new InetSocketAddress(direct.getHost(), direct.getPort()))) {
            int proxyPort = proxy.open();
            String viaProxy = url.replace(direct.getHost() + ":" + direct.getPort(), "127.0.0.1:" + proxyPort);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                    .profiles("postgres", "demo", "it")
                    .initializers(new TestDatabase())
                    .run("--spring.datasource.url=" + viaProxy, "--PORT=0",
                            "--camunda.bpm.process-engine-name=databaseDownTest", "--camunda.bpm.webapp.enabled=false",
                            // A request for a connection gives up after 2 s instead of Hikari's 30 s.
                            "--spring.datasource.hikari.connection-timeout=2000",
                            "--spring.datasource.hikari.validation-timeout=1000",
                            // A second application in this JVM: few connections, the server is shared.
                            "--spring.datasource.hikari.maximum-pool-size=4")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                HttpTestClient client = new HttpTestClient(port);
                assertStatus(client, "/actuator/health", 200, "UP");
                assertStatus(client, "/actuator/health/readiness", 200, "UP");

                proxy.cut();
                long started = System.nanoTime();
                assertStatus(client, "/actuator/health", 503, "DOWN");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within the pool's timeout")
                        .isLessThan(Duration.ofSeconds(10));
                assertStatus(client, "/actuator/health/readiness", 503, "DOWN");
                assertStatus(client, "/actuator/health/liveness", 200, "UP");

                proxy.open();
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                HttpResponse<String> health = client.get("/actuator/health");
                while (health.statusCode() != 200 && System.nanoTime() < end) {
                    Thread.sleep(500);
                    health = client.get("/actuator/health");
                }
                assertThat(health.statusCode()).as("UP again once the database is reachable: " + health.body())
                        .isEqualTo(200);
                assertStatus(client, "/actuator/health/readiness", 200, "UP");
            }
        }
    }

    private void assertStatus(HttpTestClient client, String path, int status, String state) throws IOException {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).path("status").asText()).isEqualTo(state);
    }
}
