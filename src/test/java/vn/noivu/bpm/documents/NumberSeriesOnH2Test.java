package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.documents.register.NumberSeries;

/** The default run's H2 database numbers the same way: first row of a year at a savepoint, then the row lock. */
class NumberSeriesOnH2Test {

    @Test
    void numbersStartAtOneEachYearAndStayGapFreeUnderConcurrency() throws Exception {
        JdbcDataSource h2 = H2Schema.migrated("numbering", ";LOCK_TIMEOUT=10000");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(h2);
        NumberSeries series = new NumberSeries(new JdbcTemplate(h2), transactions);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Integer first2026 = transaction.execute(status -> series.next("SNV", "QĐ", 2026));
        Integer first2027 = transaction.execute(status -> series.next("SNV", "QĐ", 2027));
        assertThat(first2026).isEqualTo(1);
        assertThat(first2027).isEqualTo(1);

        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            done.add(pool.submit(() -> numbers.add(transaction.execute(status -> series.next("SNV", "QĐ", 2026)))));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertThat(numbers.stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(2, 101).boxed().toList());
    }
}
