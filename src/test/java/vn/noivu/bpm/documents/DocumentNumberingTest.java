package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.documents.register.NumberSeries;

/**
 * Decree 30/2020 Art. 15(1): numbers unique within an issuer's series and year, in the order of issue, with no gap.
 * Two connection pools stand for two application nodes on one database; some issuing transactions fail and roll
 * back after taking their number, which must then go to the next document.
 */
@PostgresIntegrationTest
class DocumentNumberingTest {

    static final int THREADS = 16;
    static final int DOCUMENTS = 300;

    @Autowired
    NumberSeries nodeA;

    @Autowired
    PlatformTransactionManager transactionsA;

    @Autowired
    DataSource dataSource;

    /** A series of its own for each run: the test database keeps earlier runs' numbers. */
    final String series = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void concurrentIssuesOnTwoNodesGetEveryNumberOnceWithoutGaps() throws Exception {
        HikariDataSource secondPool = secondNode();
        try {
            DataSourceTransactionManager transactionsB = new DataSourceTransactionManager(secondPool);
            NumberSeries nodeB = new NumberSeries(new JdbcTemplate(secondPool), transactionsB);
            List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                boolean onA = i % 2 == 0;
                boolean fails = i % 7 == 3;
                results.add(pool.submit(() -> {
                    start.await();
                    issue(onA ? nodeA : nodeB, onA ? transactionsA : transactionsB, fails, committed);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
            pool.shutdown();
            int expected = (int) IntStream.range(0, DOCUMENTS).filter(i -> i % 7 != 3).count();
            assertThat(committed).hasSize(expected).doesNotHaveDuplicates();
            assertThat(committed.stream().sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, expected).boxed().toList());
        } finally {
            secondPool.close();
        }
    }

    /** One approval: takes a number and either commits or fails (rolling back, number included). */
    private void issue(NumberSeries series, PlatformTransactionManager transactions, boolean fails,
                       List<Integer> committed) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                int number = series.next("SNV", this.series, 2026);
                if (fails) {
                    throw new IllegalStateException("the approval failed after numbering");
                }
                committed.add(number);
            });
        } catch (IllegalStateException expected) {
            // The rolled-back approval: its number is taken by a later one.
        }
    }

    @Test
    void eachYearStartsAtOne() {
        assertThat(next(series, 2026)).isEqualTo(1);
        assertThat(next(series, 2026)).isEqualTo(2);
        assertThat(next(series, 2027)).as("D4").isEqualTo(1);
        assertThat(next(series, 2026)).isEqualTo(3);
        assertThat(next(series + "X", 2026)).as("another series").isEqualTo(1);
    }

    private int next(String series, int year) {
        Integer number = new TransactionTemplate(transactionsA).execute(status -> nodeA.next("SNV", series, year));
        return number;
    }

    private HikariDataSource secondNode() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/noivu_test"));
        pool.setUsername(System.getProperty("test.db.user", "postgres"));
        pool.setPassword(System.getProperty("test.db.password", ""));
        pool.setMaximumPoolSize(THREADS);
        return pool;
    }
}
