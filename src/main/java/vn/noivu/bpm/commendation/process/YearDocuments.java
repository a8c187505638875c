package vn.noivu.bpm.commendation.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;

/**
 * The documents of the annual review (../shared/domain/documents.md, section 5, Commendation): the plan launching
 * the emulation movement (KH), the minutes of the council's review with the vote result per nominee (BB; Law 06/2022
 * Art. 84(1)(c), Decree 98/2023 Art. 30(7)), and the decision recognising the titles (QĐ; Law Art. 80). The wording
 * is in {@code bpmn/commendation/documents/<code>.template.html}; the subject is the year's id.
 */
@Component
public class YearDocuments implements DocumentTypes {

    public static final DocumentType PLAN = new DocumentType("commendation-year-plan",
            "Kế hoạch phát động phong trào thi đua", "KH");
    public static final DocumentType MINUTES = new DocumentType("commendation-year-minutes",
            "Biên bản họp bình xét thi đua", "BB");
    public static final DocumentType DECISION = new DocumentType("commendation-year-decision",
            "Quyết định công nhận danh hiệu thi đua", "QĐ");

    /** The titles a unit's own decider grants, in the order a plan lists them. */
    private static final List<Title> BASE_TITLES = List.of(Title.LAO_DONG_TIEN_TIEN, Title.CHIEN_SI_THI_DUA_CO_SO,
            Title.TAP_THE_LAO_DONG_TIEN_TIEN, Title.GIAY_KHEN);

    private final YearRepository years;
    private final YearRules rules;

    public YearDocuments(YearRepository years, YearRules rules) {
        this.years = years;
        this.rules = rules;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(PLAN, MINUTES, DECISION);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        if (!PLAN.code().equals(typeCode) && !MINUTES.code().equals(typeCode) && !DECISION.code().equals(typeCode)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(subject);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return years.find(id).map(year -> PLAN.code().equals(typeCode) ? plan(year, issuer)
                : MINUTES.code().equals(typeCode) ? minutes(year, issuer) : decision(year, issuer));
    }

    private DocumentService.Request plan(YearRow year, String issuer) {
        Map<String, Object> data = yearData(year);
        CommendationRules table = rules.rules(year.id());
        List<Object> titles = new ArrayList<>();
        for (Title title : BASE_TITLES) {
            CommendationRules.DeciderRow decider = table.decider(title, Decider.UnitKind.valueOf(year.unitKind()),
                    year.startedOn());
            titles.add(Map.of("title", title.label(), "subject", title.subject().label(),
                    "decider", decider.decider().label()));
        }
        data.put("titles", titles);
        return new DocumentService.Request(PLAN, issuer, "Phát động phong trào thi đua năm " + year.year()
                + " của " + year.unitName(), List.of("Các phòng, đơn vị trực thuộc", "Hội đồng thi đua, khen thưởng",
                "Toàn thể cán bộ, công chức, viên chức, người lao động"), data);
    }

    private DocumentService.Request minutes(YearRow year, String issuer) {
        Map<String, Object> data = yearData(year);
        Map<Long, StaffRow> staff = YearSheets.staffById(years, year.id());
        List<Object> rows = new ArrayList<>();
        int order = 0;
        for (NominationRow n : years.openNominations(year.id())) {
            Status status = Status.valueOf(n.status());
            Map<String, Object> row = new HashMap<>();
            row.put("order", Integer.toString(++order));
            row.put("name", YearSheets.holder(n, staff, year));
            row.put("title", Title.valueOf(n.title()).label());
            row.put("verdict", n.outcome() == null ? "" : CommendationRules.Outcome.valueOf(n.outcome()).label());
            row.put("vote", n.votesAgree() == null ? (Boolean.TRUE.equals(n.voteRequired()) ? "" : "không bỏ phiếu")
                    : n.votesAgree() + "/" + year.councilMembers() + " đồng ý, " + n.votesAgainst() + " không đồng ý");
            row.put("result", status.label());
            row.put("note", n.statusNote() == null ? "" : n.statusNote());
            rows.add(row);
        }
        data.put("nominees", rows);
        data.put("nomineeCount", Integer.toString(rows.size()));
        return new DocumentService.Request(MINUTES, issuer, "Họp Hội đồng thi đua, khen thưởng bình xét danh hiệu thi"
                + " đua năm " + year.year(), List.of("Thủ trưởng đơn vị", "Thành viên Hội đồng"), data);
    }

    private DocumentService.Request decision(YearRow year, String issuer) {
        Map<String, Object> data = yearData(year);
        Map<Long, StaffRow> staff = YearSheets.staffById(years, year.id());
        CommendationRules table = rules.rules(year.id());
        List<Object> rows = new ArrayList<>();
        Set<String> bases = new LinkedHashSet<>();
        int order = 0;
        for (NominationRow n : YearDecision.awardable(years, year.id())) {
            Title title = Title.valueOf(n.title());
            rows.add(Map.of("order", Integer.toString(++order), "name", YearSheets.holder(n, staff, year),
                    "title", title.label()));
            bases.add(table.decider(title, Decider.UnitKind.valueOf(year.unitKind()), year.startedOn()).citation());
        }
        data.put("awardees", rows);
        data.put("awardeeCount", Integer.toString(rows.size()));
        data.put("deciderBases", List.copyOf(bases));
        return new DocumentService.Request(DECISION, issuer, "Về việc công nhận danh hiệu thi đua năm " + year.year(),
                List.of("Như Điều 3", "Hội đồng thi đua, khen thưởng", "Lưu hồ sơ thi đua, khen thưởng"), data);
    }

    private Map<String, Object> yearData(YearRow year) {
        Map<String, Object> data = new HashMap<>();
        data.put("year", Map.of("year", Integer.toString(year.year()), "unitName", year.unitName(),
                "unitCode", year.unitCode(), "councilMembers", Integer.toString(year.councilMembers()),
                "unitKind", Decider.UnitKind.valueOf(year.unitKind()).label()));
        List<Object> members = new ArrayList<>();
        if (year.councilNames() != null) {
            int i = 0;
            for (String name : year.councilNames().split("\n")) {
                members.add(Map.of("order", Integer.toString(++i), "name", name));
            }
        }
        data.put("councilNames", members);
        // The regime whose rows the year runs under, as its pinned tables say (ND-98-2023 or ND-152-2025).
        boolean nd98 = "ND-98-2023".equals(rules.rules(year.id()).voteRule(Title.LAO_DONG_TIEN_TIEN, year.startedOn())
                .legalBasis());
        data.put("nd98", nd98);
        data.put("nd152", !nd98);
        return data;
    }
}
