package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;

/** A collective's facts for a year: counts over all its members, and the heaviest discipline among them. */
public record CollectiveFacts(LocalDate effectiveOn, boolean openProceedings, int members, int membersCompletingTasks,
                              int advancedWorkers, int baseEmulationFighters, DisciplineLevel heaviestDiscipline) {

    public CollectiveFacts {
        if (members <= 0) {
            throw new IllegalArgumentException("Tập thể phải có ít nhất một thành viên");
        }
        for (int count : new int[] {membersCompletingTasks, advancedWorkers, baseEmulationFighters}) {
            if (count < 0 || count > members) {
                throw new IllegalArgumentException("Số thành viên được đếm (" + count
                        + ") phải từ 0 đến số thành viên của tập thể (" + members + ")");
            }
        }
    }
}
