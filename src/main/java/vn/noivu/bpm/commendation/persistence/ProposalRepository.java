package vn.noivu.bpm.commendation.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.commendation.domain.ProposalCutoff;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;

/** Every SQL statement of proposals to the province: the proposal, its nominees, files, objections, cut-offs. */
@Repository
public class ProposalRepository {

    public record ProposalRow(long id, String unitCode, String unitName, int year, String kind, ProposalStatus status,
                              LocalDate effectiveOn, LocalDate postingUntil, String processInstanceId,
                              String decisionNumber, LocalDate decisionDate, String statusNote, String createdBy,
                              Instant createdAt) {
    }

    public record ItemRow(long id, long proposalId, int position, String holderType, String citizenId, String fullName,
                          String unitCode, String unitName, String title, String achievement, String outcome,
                          String reason, String citation, boolean voteRequired, Integer voteThreshold,
                          String voteCitation, ProposalItemStatus status, String statusReason, Integer votesAgree,
                          Integer votesMembers) {

        /** The nominee's name as people read it: the person's name, or the collective's. */
        public String holderName() {
            return "CA_NHAN".equals(holderType) ? fullName : unitName;
        }
    }

    /** A nominee to insert, with the rule tables' verdict. */
    public record NewItem(String holderType, String citizenId, String fullName, String unitCode, String unitName,
                          String title, String achievement, String outcome, String reason, String citation,
                          boolean voteRequired, Integer voteThreshold, String voteCitation) {
    }

    public record AttachmentRow(long id, long proposalId, String kind, String fileName, String contentType,
                                long sizeBytes, String sha256, String note, String createdBy, Instant createdAt) {
    }

    public record ObjectionRow(long id, long proposalId, Long itemId, String authorName, String contact,
                               String content, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    public ProposalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String unitCode, String unitName, int year, String kind, ProposalStatus status,
                       LocalDate effectiveOn, String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO commendation_proposal (unit_code, unit_name,"
                    + " award_year, kind, status, effective_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setString(1, unitCode);
            s.setString(2, unitName);
            s.setInt(3, year);
            s.setString(4, kind);
            s.setString(5, status.name());
            s.setObject(6, effectiveOn);
            s.setString(7, createdBy);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public void insertItems(long proposalId, List<NewItem> items) {
        for (int i = 0; i < items.size(); i++) {
            NewItem n = items.get(i);
            jdbc.update("INSERT INTO commendation_proposal_item (proposal_id, position, holder_type, citizen_id, full_name,"
                    + " unit_code, unit_name, title, achievement, outcome, reason, citation, vote_required, vote_threshold,"
                    + " vote_citation, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", proposalId, i + 1,
                    n.holderType(), n.citizenId(), n.fullName(), n.unitCode(), n.unitName(), n.title(), n.achievement(),
                    n.outcome(), n.reason(), n.citation(), n.voteRequired(), n.voteThreshold(), n.voteCitation(),
                    ProposalItemStatus.DE_NGHI.name());
        }
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.update("UPDATE commendation_proposal SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
    }

    public void setStatus(long id, ProposalStatus status, String note) {
        jdbc.update("UPDATE commendation_proposal SET status = ?, status_note = ? WHERE id = ?", status.name(), note, id);
    }

    public void setPostingUntil(long id, LocalDate until) {
        jdbc.update("UPDATE commendation_proposal SET posting_until = ? WHERE id = ?", until, id);
    }

    public void setDecision(long id, String number, LocalDate date) {
        jdbc.update("UPDATE commendation_proposal SET decision_number = ?, decision_date = ? WHERE id = ?", number, date, id);
    }

    public void setItemStatus(long itemId, ProposalItemStatus status, String reason) {
        jdbc.update("UPDATE commendation_proposal_item SET status = ?, status_reason = ? WHERE id = ?", status.name(),
                reason, itemId);
    }

    public void setItemVote(long itemId, int agree, int members) {
        jdbc.update("UPDATE commendation_proposal_item SET votes_agree = ?, votes_members = ? WHERE id = ?", agree,
                members, itemId);
    }

    public Optional<ProposalRow> find(long id) {
        return jdbc.query("SELECT * FROM commendation_proposal WHERE id = ?", ProposalRepository::proposal, id)
                .stream().findFirst();
    }

    public List<ProposalRow> list(Integer year, String unitCode, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM commendation_proposal WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (year != null) {
            sql.append(" AND award_year = ?");
            args.add(year);
        }
        if (unitCode != null) {
            sql.append(" AND unit_code = ?");
            args.add(unitCode);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ProposalRepository::proposal, args.toArray());
    }

    /** Proposals in public posting today: the public page lists them. */
    public List<ProposalRow> posted() {
        return jdbc.query("SELECT * FROM commendation_proposal WHERE status = ? ORDER BY id DESC LIMIT 200",
                ProposalRepository::proposal, ProposalStatus.NIEM_YET.name());
    }

    /** Proposals whose decision is issued, newest first: the public reads the decisions of a year. */
    public List<ProposalRow> decided(int year, int limit) {
        return jdbc.query("SELECT * FROM commendation_proposal WHERE award_year = ? AND decision_number IS NOT NULL"
                + " ORDER BY decision_date DESC, id DESC LIMIT ?", ProposalRepository::proposal, year, limit);
    }

    public List<ItemRow> items(long proposalId) {
        return jdbc.query("SELECT * FROM commendation_proposal_item WHERE proposal_id = ? ORDER BY position",
                ProposalRepository::item, proposalId);
    }

    public List<ItemRow> itemsOf(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", proposalIds.stream().map(id -> "?").toList());
        return jdbc.query("SELECT * FROM commendation_proposal_item WHERE proposal_id IN (" + marks + ")"
                + " ORDER BY proposal_id, position", ProposalRepository::item, proposalIds.toArray());
    }

    /**
     * Whether a holder already has this title for this year in a proposal still going (not withdrawn, rejected,
     * failed or returned): the id of that proposal.
     */
    public Optional<Long> activeProposalOf(String holderType, String holderKey, String title, int year) {
        String column = "CA_NHAN".equals(holderType) ? "i.citizen_id" : "i.unit_code";
        return jdbc.query("SELECT p.id FROM commendation_proposal_item i JOIN commendation_proposal p ON p.id = i.proposal_id"
                + " WHERE i.holder_type = ? AND " + column + " = ? AND i.title = ? AND p.award_year = ?"
                + " AND i.status IN (?, ?, ?, ?) ORDER BY p.id", (rs, n) -> rs.getLong(1), holderType, holderKey, title, year,
                ProposalItemStatus.DE_NGHI.name(), ProposalItemStatus.CHAP_NHAN.name(),
                ProposalItemStatus.DAT_PHIEU.name(), ProposalItemStatus.KHEN_THUONG.name()).stream().findFirst();
    }

    public long insertAttachment(long proposalId, String kind, String fileName, String contentType, byte[] content,
                                 String sha256, String note, String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO commendation_proposal_attachment (proposal_id,"
                    + " kind, file_name, content_type, size_bytes, sha256, content, note, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, proposalId);
            s.setString(2, kind);
            s.setString(3, fileName);
            s.setString(4, contentType);
            s.setLong(5, content.length);
            s.setString(6, sha256);
            s.setBytes(7, content);
            s.setString(8, note);
            s.setString(9, createdBy);
            s.setTimestamp(10, Timestamp.from(Instant.now()));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<AttachmentRow> attachments(long proposalId) {
        return jdbc.query("SELECT id, proposal_id, kind, file_name, content_type, size_bytes, sha256, note, created_by,"
                + " created_at FROM commendation_proposal_attachment WHERE proposal_id = ? ORDER BY id",
                (rs, n) -> new AttachmentRow(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("kind"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("note"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()), proposalId);
    }

    public Optional<byte[]> attachmentContent(long proposalId, long attachmentId) {
        return jdbc.query("SELECT content FROM commendation_proposal_attachment WHERE proposal_id = ? AND id = ?",
                (rs, n) -> rs.getBytes(1), proposalId, attachmentId).stream().findFirst();
    }

    public long insertObjection(long proposalId, Long itemId, String authorName, String contact, String content) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO commendation_proposal_objection (proposal_id,"
                    + " item_id, author_name, contact, content, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, proposalId);
            s.setObject(2, itemId);
            s.setString(3, authorName);
            s.setString(4, contact);
            s.setString(5, content);
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<ObjectionRow> objections(long proposalId) {
        return jdbc.query("SELECT * FROM commendation_proposal_objection WHERE proposal_id = ? ORDER BY id",
                (rs, n) -> new ObjectionRow(rs.getLong("id"), rs.getLong("proposal_id"),
                        rs.getObject("item_id") == null ? null : rs.getLong("item_id"), rs.getString("author_name"),
                        rs.getString("contact"), rs.getString("content"), rs.getTimestamp("created_at").toInstant()),
                proposalId);
    }

    /** The cut-off row in force on a day for a kind, if the province set one. */
    public Optional<ProposalCutoff> cutoff(String kind, LocalDate on) {
        return jdbc.query("SELECT valid_from, year_offset, cutoff_month, cutoff_day, citation FROM commendation_proposal_cutoff"
                + " WHERE kind = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1", (rs, n) -> new ProposalCutoff(
                rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)), kind, on)
                .stream().findFirst();
    }

    private static ProposalRow proposal(ResultSet rs, int n) throws SQLException {
        return new ProposalRow(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getInt("award_year"), rs.getString("kind"), ProposalStatus.valueOf(rs.getString("status")),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("posting_until", LocalDate.class),
                rs.getString("process_instance_id"), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("status_note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        return new ItemRow(rs.getLong("id"), rs.getLong("proposal_id"), rs.getInt("position"),
                rs.getString("holder_type"), rs.getString("citizen_id"), rs.getString("full_name"),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("title"), rs.getString("achievement"),
                rs.getString("outcome"), rs.getString("reason"), rs.getString("citation"),
                rs.getBoolean("vote_required"), (Integer) rs.getObject("vote_threshold"), rs.getString("vote_citation"),
                ProposalItemStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                (Integer) rs.getObject("votes_agree"), (Integer) rs.getObject("votes_members"));
    }

}
