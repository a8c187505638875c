package vn.noivu.bpm.platform.report;

import java.util.Arrays;

/**
 * The figures of one group of tasks, counted as the rows go by: on time, late, open overdue, and how many tasks took
 * each number of working days (a year's tasks take a few hundred distinct values, so percentiles need no list).
 */
final class OnTimeTally {

    enum Outcome { ON_TIME, LATE, OPEN_OVERDUE }

    private int onTime;
    private int late;
    private int openOverdue;
    /** tasksTaking[d - fewestDays]: finished tasks that took d working days. */
    private int[] tasksTaking = new int[0];
    private int fewestDays;
    private int withDays;

    void add(Outcome outcome, Integer workingDays) {
        switch (outcome) {
            case ON_TIME -> onTime++;
            case LATE -> late++;
            case OPEN_OVERDUE -> openOverdue++;
        }
        if (workingDays != null) {
            count(workingDays);
        }
    }

    private void count(int days) {
        if (tasksTaking.length == 0) {
            tasksTaking = new int[8];
            fewestDays = days;
        } else if (days < fewestDays) {
            int[] wider = new int[tasksTaking.length + (fewestDays - days)];
            System.arraycopy(tasksTaking, 0, wider, fewestDays - days, tasksTaking.length);
            tasksTaking = wider;
            fewestDays = days;
        } else if (days - fewestDays >= tasksTaking.length) {
            tasksTaking = Arrays.copyOf(tasksTaking, Math.max(2 * tasksTaking.length, days - fewestDays + 1));
        }
        tasksTaking[days - fewestDays]++;
        withDays++;
    }

    /** The rate and the percentiles are null when none was finished. */
    OnTimeReport.Figures figures() {
        int finished = onTime + late;
        return new OnTimeReport.Figures(onTime, late, openOverdue,
                finished == 0 ? null : Math.round(10000.0 * onTime / finished) / 10000.0,
                percentile(0.50), percentile(0.95));
    }

    /** Nearest-rank percentile: the smallest value with at least q of the values at or below it. */
    Double percentile(double q) {
        if (withDays == 0) {
            return null;
        }
        int rank = Math.max((int) Math.ceil(q * withDays), 1);
        int seen = 0;
        for (int i = 0; i < tasksTaking.length; i++) {
            seen += tasksTaking[i];
            if (seen >= rank) {
                return (double) (fewestDays + i);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + withDays + " values");
    }
}
