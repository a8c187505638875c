package vn.noivu.bpm.documents.register;

import java.sql.Date;
import java.time.LocalDate;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.documents.Decree30;

/** Every SQL statement on the register of outgoing documents. */
@Repository
public class DocumentRegister {

    /** What the register keeps of a document when it is issued. */
    public record Entry(String issuer, String typeCode, String typeName, String series, int year, int number,
                        String symbol, LocalDate issuedOn, String title, String sha256, byte[] pdf, byte[] docx,
                        String templateDeploymentId, String createdBy, String subject) {
    }

    private static final String COLUMNS = "id, issuer, type_code, type_name, doc_year, doc_number, symbol, issued_on,"
            + " title, sha256, created_by, created_at";

    private static final RowMapper<OutgoingDocument> ROW = (row, i) -> new OutgoingDocument(row.getLong("id"),
            row.getString("issuer"), row.getString("type_code"), row.getString("type_name"), row.getInt("doc_year"),
            row.getInt("doc_number"), row.getString("symbol"),
            Decree30.numberLine(row.getInt("doc_number"), row.getString("symbol")),
            row.getDate("issued_on").toLocalDate(), row.getString("title"), row.getString("sha256"),
            row.getString("created_by"), row.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public DocumentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Entry entry) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO outgoing_document (issuer, type_code, type_name, series, doc_year, doc_number, symbol,
                        issued_on, title, sha256, pdf, docx, template_deployment_id, created_by, subject)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, entry.issuer());
            statement.setString(2, entry.typeCode());
            statement.setString(3, entry.typeName());
            statement.setString(4, entry.series());
            statement.setInt(5, entry.year());
            statement.setInt(6, entry.number());
            statement.setString(7, entry.symbol());
            statement.setDate(8, Date.valueOf(entry.issuedOn()));
            statement.setString(9, entry.title());
            statement.setString(10, entry.sha256());
            statement.setBytes(11, entry.pdf());
            statement.setBytes(12, entry.docx());
            statement.setString(13, entry.templateDeploymentId());
            statement.setString(14, entry.createdBy());
            statement.setString(15, entry.subject());
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** The register, newest number first; each filter optional. */
    public List<OutgoingDocument> list(String issuer, Integer year, String typeCode, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM outgoing_document WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (issuer != null) {
            sql.append(" AND issuer = ?");
            arguments.add(issuer);
        }
        if (year != null) {
            sql.append(" AND doc_year = ?");
            arguments.add(year);
        }
        if (typeCode != null) {
            sql.append(" AND type_code = ?");
            arguments.add(typeCode);
        }
        sql.append(" ORDER BY doc_year DESC, issuer, created_at DESC, id DESC FETCH FIRST ").append(limit)
                .append(" ROWS ONLY");
        return jdbc.query(sql.toString(), ROW, arguments.toArray());
    }

    public Optional<OutgoingDocument> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outgoing_document WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The document of this type last issued about a subject (a round's code), if any. */
    public Optional<OutgoingDocument> latest(String typeCode, String subject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outgoing_document WHERE type_code = ? AND subject = ?"
                + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY", ROW, typeCode, subject)
                .stream().findFirst();
    }

    /** The stored PDF or Word file of a document. */
    public Optional<byte[]> file(long id, boolean pdf) {
        return jdbc.query("SELECT " + (pdf ? "pdf" : "docx") + " FROM outgoing_document WHERE id = ?",
                (row, i) -> row.getBytes(1), id).stream().findFirst();
    }
}
