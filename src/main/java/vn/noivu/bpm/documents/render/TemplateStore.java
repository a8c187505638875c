package vn.noivu.bpm.documents.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Document templates as the engine stores deployed resources: {@code <name>.template.html}, at any folder depth
 * (start-up deploys {@code bpmn/recruitment/documents/...}, a designer's deployment may use the bare file name). The
 * latest deployment wins, as for forms bound "latest". Read from the database on every use, so every node uses the
 * template deployed through any node.
 */
@Repository
public class TemplateStore {

    public static final String SUFFIX = ".template.html";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JdbcTemplate jdbc;

    public TemplateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A template's text and the deployment it came from. */
    public record StoredTemplate(String name, String deploymentId, String text) {
    }

    public Optional<StoredTemplate> latest(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String file = name + SUFFIX;
        return jdbc.query("""
                SELECT b.DEPLOYMENT_ID_, b.BYTES_ FROM ACT_GE_BYTEARRAY b
                  JOIN ACT_RE_DEPLOYMENT d ON d.ID_ = b.DEPLOYMENT_ID_
                 WHERE b.NAME_ = ? OR b.NAME_ LIKE ?
                 ORDER BY d.DEPLOY_TIME_ DESC, d.ID_ DESC
                 FETCH FIRST 1 ROWS ONLY""",
                (row, i) -> new StoredTemplate(name, row.getString(1),
                        new String(row.getBytes(2), StandardCharsets.UTF_8)), file, "%/" + file).stream().findFirst();
    }
}
