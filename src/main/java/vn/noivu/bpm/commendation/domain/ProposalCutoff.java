package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;

/**
 * The last day a unit may propose for an emulation year, as a dated row of the province's calendar says: the
 * cut-off of year Y is day/month of Y + yearOffset.
 */
public record ProposalCutoff(LocalDate validFrom, int yearOffset, int month, int day, String citation) {

    public LocalDate lastDay(int awardYear) {
        return LocalDate.of(awardYear + yearOffset, month, day);
    }
}
