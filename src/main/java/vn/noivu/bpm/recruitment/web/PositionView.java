package vn.noivu.bpm.recruitment.web;

import java.util.List;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRequest;

/** A position of a round as the API shows it: codes with their Vietnamese labels, and each agency's places. */
public record PositionView(String code, String title, String rank, int quota, String minDegree,
                           List<String> majors, String round2Format, List<String> agencies, String rankLabel,
                           String minDegreeLabel, String round2FormatLabel,
                           List<RoundRequest.AgencyQuota> agencyQuotas) {

    static PositionView of(PositionRow p, List<RoundRequest.AgencyQuota> quotas) {
        return new PositionView(p.code(), p.title(), p.rank(), p.quota(), p.minDegree(), p.majors(),
                p.round2Format(), quotas.stream().map(RoundRequest.AgencyQuota::code).toList(),
                RecruitmentVocabulary.label(Rank.class, p.rank()),
                RecruitmentVocabulary.label(DegreeLevel.class, p.minDegree()),
                RecruitmentVocabulary.label(Round2Format.class, p.round2Format()), quotas);
    }
}
