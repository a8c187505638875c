package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.commendation.web.YearRequest;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * Opens an emulation year of a unit: the year's row, its rule tables pinned, its staff from the personnel register
 * (the year's rating, the discipline in force, a pending prosecution as open proceedings: P16), and the process,
 * all in one transaction.
 */
@Service
public class YearOpening {

    /** The first day the rule tables have rows for (Decree 98/2023 from 01/01/2024). */
    static final LocalDate FIRST_RULES_DAY = LocalDate.of(2024, 1, 1);
    static final String DEFAULT_ISSUER = "SNV";
    /** The unit's council, issuing its minutes in its own name; the year's issuer when not configured. */
    static final String COUNCIL_ISSUER = "HDTDKT";

    public record Opened(long id, String status, String processInstanceId, int staff) {
    }

    private final YearRepository years;
    private final YearRules rules;
    private final PersonnelRepository personnel;
    private final DocumentService documents;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public YearOpening(YearRepository years, YearRules rules, PersonnelRepository personnel, DocumentService documents,
                       RuntimeService runtimeService, SystemAction system) {
        this.years = years;
        this.rules = rules;
        this.personnel = personnel;
        this.documents = documents;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    @Transactional
    public Opened open(YearRequest request, String createdBy) {
        Decider.UnitKind unitKind = Arrays.stream(Decider.UnitKind.values())
                .filter(k -> k.name().equals(request.unitKind().trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("unitKind", "oneOf", "Loại đơn vị (unitKind) phải là một"
                        + " trong: CO_QUAN_DON_VI (cơ quan, đơn vị), XA (xã, phường, đặc khu), DOANH_NGHIEP."));
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        LocalDate startedOn = request.startedOn() == null ? today : request.startedOn();
        if (startedOn.isBefore(FIRST_RULES_DAY) || startedOn.isAfter(today)) {
            throw new InvalidInputException("startedOn", "range", "Ngày bắt đầu (startedOn) phải từ 01/01/2024 (các bảng"
                    + " quy tắc áp dụng từ ngày đó) đến hôm nay.");
        }
        int year = request.year();
        if (year != startedOn.getYear() && year != startedOn.getYear() - 1) {
            throw new InvalidInputException("year", "range", "Năm thi đua (year) phải là năm của ngày bắt đầu ("
                    + startedOn.getYear() + ") hoặc năm trước đó (bình xét đầu năm sau).");
        }
        int members = request.council().members();
        List<String> names = request.council().names() == null ? List.of() : request.council().names();
        if (names.size() > members) {
            throw new InvalidInputException("council.names", "size", "Danh sách thành viên (council.names) có "
                    + names.size() + " người, nhiều hơn số thành viên Hội đồng (" + members + ").");
        }
        String issuer = request.issuer() == null || request.issuer().isBlank() ? DEFAULT_ISSUER : request.issuer().trim();
        try {
            documents.issuer(issuer);
        } catch (Refused e) {
            throw new InvalidInputException("issuer", "configured", "Không có cơ quan ban hành mã " + issuer
                    + " (issuer) trong cấu hình noivu.documents.issuers.");
        }
        String unitCode = request.unitCode().trim();
        if (years.openYearExists(unitCode, year)) {
            throw Refused.conflict("year_open", "Đơn vị " + unitCode + " đã có năm thi đua " + year
                    + " đang bình xét: mỗi đơn vị một năm thi đua đang mở.");
        }
        long id = years.insertYear(new YearRow(0, unitCode, request.unitName().trim(), unitKind.name(), year, members,
                names.isEmpty() ? null : String.join("\n", names), startedOn, issuer, "LAP_DANH_SACH", null, null, null,
                createdBy));
        rules.pin(id);
        List<StaffRow> staff = staff(unitCode, year);
        years.insertStaff(id, staff);
        Map<String, Object> variables = variables(id, year, request.unitName().trim(), unitCode, issuer, members, staff);
        ProcessInstance instance = system.run(() -> runtimeService.startProcessInstanceByKey(CommendationYearProcess.KEY,
                Long.toString(id), variables));
        years.setProcessInstance(id, instance.getId());
        return new Opened(id, "LAP_DANH_SACH", instance.getId(), staff.size());
    }

    private Map<String, Object> variables(long id, int year, String unitName, String unitCode, String issuer, int members,
                                          List<StaffRow> staff) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationYearProcess.YEAR_ID, id);
        variables.put(CommendationYearProcess.YEAR_KEY, Long.toString(id));
        variables.put(CommendationYearProcess.YEAR_TITLE, "Năm thi đua " + year + ": " + unitName
                + " (" + unitCode + ")");
        variables.put(CommendationYearProcess.ORG_UNIT_CODE, unitCode);
        // The Tasklist shows these under each task (Mã kỳ, Tên kỳ), as for the rounds of the other procedures.
        variables.put(CommendationYearProcess.CASE_CODE, "TĐ" + year + "-" + unitCode);
        variables.put(CommendationYearProcess.CASE_TITLE, variables.get(CommendationYearProcess.YEAR_TITLE));
        variables.put(CommendationYearProcess.ISSUER, issuer);
        variables.put(CommendationYearProcess.COUNCIL_ISSUER, configured(COUNCIL_ISSUER) ? COUNCIL_ISSUER : issuer);
        variables.put(CommendationYearProcess.COUNCIL_MEMBERS, members);
        variables.put(CommendationYearProcess.YEAR_LINKS, "[Trang năm thi đua](/api/commendation/years/" + id
                + ") · [Danh sách đề nghị (.xlsx)](/api/commendation/years/" + id + "/nominations.xlsx) · [(.csv)]"
                + "(/api/commendation/years/" + id + "/nominations.csv)");
        variables.put(CommendationYearProcess.STAFF_SUMMARY, staffSummary(staff));
        return variables;
    }

    private boolean configured(String issuer) {
        try {
            documents.issuer(issuer);
            return true;
        } catch (Refused e) {
            return false;
        }
    }

    /** The unit's staff in the register, with the facts of the year. */
    List<StaffRow> staff(String unitCode, int year) {
        Map<String, Person> people = personnel.findAll(years.registerCitizensOfUnit(unitCode));
        List<StaffRow> rows = new ArrayList<>();
        for (Person p : people.values()) {
            Person.Discipline d = p.discipline();
            boolean inForce = d != null && d.kind() != null && (d.effectiveUntil() == null
                    || !d.effectiveUntil().isBefore(LocalDate.of(year, 1, 1)));
            DisciplineLevel level = inForce ? level(d.kind()) : DisciplineLevel.KHONG;
            boolean prosecuted = d != null && d.underProsecution();
            rows.add(new StaffRow(0, 0, p.citizenId(), p.fullName(), p.gender(),
                    p.ratings().get(year) == null ? null : p.ratings().get(year).name(), level.name(),
                    inForce ? d.kind() : null, false, prosecuted ? YearProceedings.Kind.DIEU_TRA.name() : null,
                    prosecuted ? "Đang bị truy cứu (theo danh sách cán bộ)" : null, null));
        }
        rows.sort(java.util.Comparator.comparing(StaffRow::fullName).thenComparing(StaffRow::citizenId));
        return rows;
    }

    /** The discipline form named in the register's words ("Khiển trách", "cảnh cáo"); unknown wording counts as khiển trách. */
    static DisciplineLevel level(String kind) {
        String text = kind.toLowerCase(Locale.ROOT);
        DisciplineLevel found = DisciplineLevel.KHONG;
        for (DisciplineLevel level : DisciplineLevel.values()) {
            if (level != DisciplineLevel.KHONG && (text.contains(level.label()) || text.contains(level.name().toLowerCase(Locale.ROOT)))) {
                found = level.compareTo(found) > 0 ? level : found;
            }
        }
        return found == DisciplineLevel.KHONG ? DisciplineLevel.KHIEN_TRACH : found;
    }

    static String staffSummary(List<StaffRow> staff) {
        if (staff.isEmpty()) {
            return "Danh sách cán bộ không có người nào thuộc đơn vị này.";
        }
        StringBuilder text = new StringBuilder(staff.size() + " người trong danh sách cán bộ của đơn vị:\n");
        int shown = 0;
        for (StaffRow s : staff) {
            if (shown++ == YearSheets.SUMMARY_LINES) {
                text.append("- … và ").append(staff.size() - YearSheets.SUMMARY_LINES).append(" người khác.\n");
                break;
            }
            text.append("- ").append(s.fullName()).append(": ").append(s.rating() == null ? "chưa đánh giá, xếp loại"
                    : vn.noivu.bpm.personnel.Rating.valueOf(s.rating()).label);
            if (!"KHONG".equals(s.disciplineLevel())) {
                text.append(" · kỷ luật ").append(DisciplineLevel.valueOf(s.disciplineLevel()).label());
            }
            if (s.maternityLeave()) {
                text.append(" · nghỉ thai sản trong năm");
            }
            if (s.proceedings() != null) {
                text.append(" · ").append(YearProceedings.label(s.proceedings()));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
