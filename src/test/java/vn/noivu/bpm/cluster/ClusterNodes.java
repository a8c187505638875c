package vn.noivu.bpm.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.noivu.bpm.HttpTestClient;

/**
 * Starts application nodes as separate JVM processes against one PostgreSQL database, the way an operator runs them
 * without Docker: {@code java -cp <the application's classpath> vn.noivu.bpm.NoivuBpmApplication} with the
 * environment variables of the README ({@code SPRING_PROFILES_ACTIVE}, {@code DB_URL}, {@code NODE_NAME}, {@code PORT},
 * ...). Each node writes its output to {@code target/test-logs/cluster-<name>.log} (so the citizen-ID log check reads
 * it too). A node can be stopped gracefully (SIGTERM) or killed (SIGKILL). Used by the node-kill and
 * database-restart tests; a benchmark can start N nodes the same way.
 */
public final class ClusterNodes implements AutoCloseable {

    /** One running node. */
    public static final class Node {
        private final String name;
        private final int port;
        private final Process process;
        private final Path log;

        private Node(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        public String name() {
            return name;
        }

        public int port() {
            return port;
        }

        public Path log() {
            return log;
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        public HttpTestClient http() {
            return new HttpTestClient(port);
        }

        /** kill -9: no shutdown hook, no unlocking of jobs, no closing of connections. */
        public void kill() {
            process.destroyForcibly();
            waitForExit();
        }

        /** A graceful stop (SIGTERM): Spring closes the context, the job executor unlocks what it holds. */
        public void stop() {
            process.destroy();
            waitForExit();
        }

        private void waitForExit() {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The last lines of its log, for a failure message. */
        public String logTail(int lines) {
            try {
                List<String> all = Files.readAllLines(log);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }

    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final List<Node> nodes = new ArrayList<>();
    private final Thread cleanup = new Thread(this::killAll, "cluster-nodes-cleanup");

    /** What every node on PostgreSQL gets, as "Running two or more nodes" sets it: the profiles and the database. */
    public static Map<String, String> postgresEnvironment(String dbUrl, String user, String password) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
        environment.put("DB_URL", dbUrl);
        environment.put("DB_USER", user);
        environment.put("DB_PASSWORD", password);
        return environment;
    }

    /**
     * @param environment what every node gets (DB_URL, SPRING_PROFILES_ACTIVE, MAIL_HOST, JOB_LOCK_TIME_MS, ...)
     * @param jvmOptions  e.g. -Xmx768m
     */
    public ClusterNodes(Map<String, String> environment, List<String> jvmOptions) {
        this.environment = new LinkedHashMap<>(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts a node on a free port without waiting for it. */
    public Node start(String name, Map<String, String> extraEnvironment) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(applicationClasspath());
        command.add("vn.noivu.bpm.NoivuBpmApplication");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(environment);
        env.putAll(extraEnvironment);
        env.put("NODE_NAME", name);
        env.put("PORT", Integer.toString(port));
        Path log = Path.of("target", "test-logs", "cluster-" + name + ".log");
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            Node node = new Node(name, port, builder.start(), log);
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    /** Starts the nodes at the same time and waits until each answers its health check. */
    public List<Node> startAll(List<String> names, Duration timeout) {
        List<Node> started = names.stream().map(name -> start(name, Map.of())).toList();
        started.forEach(node -> awaitReady(node, timeout));
        return started;
    }

    /** Waits until the node's /actuator/health says UP. */
    public static void awaitReady(Node node, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("Node " + node.name() + " exited while starting:\n" + node.logTail(60));
            }
            if (healthy(client, node)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Node " + node.name() + " not ready within " + timeout + ":\n" + node.logTail(60));
    }

    public static boolean healthy(HttpClient client, Node node) {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + node.port() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    @Override
    public void close() {
        nodes.stream().filter(Node::isAlive).forEach(Node::stop);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // The JVM is already shutting down: the hook runs anyway.
        }
    }

    private void killAll() {
        nodes.forEach(node -> node.process.destroyForcibly());
    }

    /**
     * The application's own classpath: the test JVM's entries (surefire/failsafe put them in
     * surefire.test.class.path), without the test classes and test resources.
     */
    static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
