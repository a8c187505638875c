package vn.noivu.bpm.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.platform.report.OnTimeTally.Outcome;

class OnTimeTallyTest {

    @Test
    void countsOutcomesAndRoundsTheRateToFourPlaces() {
        OnTimeTally tally = new OnTimeTally();
        tally.add(Outcome.ON_TIME, 2);
        tally.add(Outcome.ON_TIME, 0);
        tally.add(Outcome.LATE, 9);
        tally.add(Outcome.OPEN_OVERDUE, null);

        assertThat(tally.figures()).isEqualTo(new OnTimeReport.Figures(2, 1, 1, 0.6667, 2.0, 9.0));
    }

    @Test
    void onlyOpenTasksHaveNoRateAndNoPercentiles() {
        OnTimeTally tally = new OnTimeTally();
        tally.add(Outcome.OPEN_OVERDUE, null);

        assertThat(tally.figures()).isEqualTo(new OnTimeReport.Figures(0, 0, 1, null, null, null));
    }

    @Test
    void nearestRankPercentiles() {
        // 1..20 working days: the median is the 10th value, the 95th percentile the 19th.
        OnTimeTally tally = new OnTimeTally();
        for (int days = 20; days >= 1; days--) {
            tally.add(Outcome.ON_TIME, days);
        }
        assertThat(tally.percentile(0.50)).isEqualTo(10.0);
        assertThat(tally.percentile(0.95)).isEqualTo(19.0);
        assertThat(tally.percentile(0.0)).isEqualTo(1.0);
        assertThat(tally.percentile(1.0)).isEqualTo(20.0);
    }

    @Test
    void percentilesAreThoseOfTheSortedListWhateverOrderAndRangeTheValuesComeIn() {
        Random random = new Random(20261206);
        for (int round = 0; round < 200; round++) {
            OnTimeTally tally = new OnTimeTally();
            List<Integer> days = new ArrayList<>();
            int count = 1 + random.nextInt(300);
            int spread = 1 + random.nextInt(400);
            for (int i = 0; i < count; i++) {
                int value = random.nextInt(spread) - (round % 3 == 0 ? spread / 2 : 0);
                days.add(value);
                tally.add(random.nextBoolean() ? Outcome.ON_TIME : Outcome.LATE, value);
            }
            Collections.sort(days);
            for (double q : new double[] {0.5, 0.95, 0.01, 1.0}) {
                int rank = Math.max((int) Math.ceil(q * days.size()), 1);
                assertThat(tally.percentile(q)).as("round %d, q %s", round, q)
                        .isEqualTo(days.get(rank - 1).doubleValue());
            }
        }
    }
}
