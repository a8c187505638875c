package vn.noivu.bpm.documents.register;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The next number of a series (Decree 30/2020 Art. 15(1)): from 1 each year, in the order documents are issued. The
 * counter row is updated (so locked) by the caller's transaction until it commits: a concurrent issue on any node
 * waits for it, and a transaction that rolls back gives its number back, so the series has no gap and no duplicate.
 */
@Repository
public class NumberSeries {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate nested;

    public NumberSeries(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Takes the next number; only inside the transaction that records the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String issuer, String series, int year) {
        if (increment(issuer, series, year) == 0) {
            try {
                // At a savepoint: the first document of the year on two nodes at once inserts the row twice.
                nested.executeWithoutResult(status -> jdbc.update("INSERT INTO document_counter (issuer, series,"
                        + " doc_year, last_number) VALUES (?, ?, ?, 0)", issuer, series, year));
            } catch (DuplicateKeyException createdByAnother) {
                // The other transaction's row is there now; the increment below waits for it.
            }
            if (increment(issuer, series, year) != 1) {
                throw new IllegalStateException("Counter row missing for " + issuer + "/" + series + "/" + year);
            }
        }
        return jdbc.queryForObject("SELECT last_number FROM document_counter WHERE issuer = ? AND series = ?"
                + " AND doc_year = ?", Integer.class, issuer, series, year);
    }

    private int increment(String issuer, String series, int year) {
        return jdbc.update("UPDATE document_counter SET last_number = last_number + 1 WHERE issuer = ? AND series = ?"
                + " AND doc_year = ?", issuer, series, year);
    }
}
