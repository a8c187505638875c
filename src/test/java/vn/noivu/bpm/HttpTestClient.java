package vn.noivu.bpm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client for integration tests, close to what integrators and Camunda Modeler send:
 * HTTP Basic, JSON, multipart deployments, and a cookie jar for the webapp login session.
 */
public class HttpTestClient {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String basicAuth;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpTestClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpTestClient as(String user, String password) {
        basicAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public HttpTestClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue)
                .reduce((first, last) -> last).orElse(null);
    }

    /** Logs in to a webapp the way its login page does: the CSRF cookie first, then the form post. */
    public HttpResponse<String> loginToWebapp(String user, String password, String app) {
        get("/camunda/app/" + app + "/");
        header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        return postForm("/camunda/api/admin/auth/user/default/login/" + app, "username=" + user + "&password=" + password);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose body is bytes (a PDF, a Word file), with its status and headers. */
    public HttpResponse<byte[]> getResponseBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A multipart/form-data POST: text fields, then files (name, file name, content). */
    /** Each file goes in the part named by its key, with that key as its file name. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
        return postMultipart(path, fields, files, null);
    }

    /** The same, with the file name an uploading browser would send (it tells .csv from .xlsx). */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files,
                                              String uploadedFileName) {
        String boundary = "----noivu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((fileName, content) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName
                    + "\"; filename=\"" + (uploadedFileName == null ? fileName : uploadedFileName)
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** One file part read from disk as it is sent: the client holds none of it (a benchmark measuring the heap). */
    public HttpResponse<String> postMultipartFile(String path, Map<String, String> fields, java.nio.file.Path file,
                                                  String uploadedFileName) {
        String boundary = "----noivu" + UUID.randomUUID();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(head, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(head, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + uploadedFileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        try {
            return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head.toByteArray()),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(
                                    "\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8))));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any body with any Content-Type (null: none), as a hostile or careless client may send it. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
