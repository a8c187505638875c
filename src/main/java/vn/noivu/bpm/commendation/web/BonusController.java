package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.commendation.domain.BonusSheet;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.process.CommendationBonuses;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardController;
import vn.noivu.bpm.personnel.AwardView;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.platform.web.TableDownload;

/**
 * The bonus table (tiền thưởng) of an emulation year for the finance office: each award's multiplier × base salary
 * on its decision date, totals per title and in all; as JSON, CSV or .xlsx. Staff only, citizen IDs masked as in
 * every list; whoever may read the award register may read it.
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
public class BonusController {

    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADER = List.of("STT", "Đối tượng", "Số định danh (CCCD)", "Họ và tên",
            "Mã đơn vị", "Tên đơn vị", "Danh hiệu, hình thức", "Loại", "Năm thi đua", "Số quyết định", "Ngày quyết định",
            "Hệ số", "Mức lương cơ sở (đồng)", "Số tiền thưởng (đồng)", "Căn cứ hệ số", "Căn cứ mức lương cơ sở",
            "Ghi chú");

    private final CommendationBonuses bonuses;

    public BonusController(CommendationBonuses bonuses) {
        this.bonuses = bonuses;
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = AwardController.READ_ACCESS)
    @Operation(summary = "Danh sách tiền thưởng theo năm, danh hiệu, đơn vị")
    @GetMapping("/api/commendation/bonuses")
    public Map<String, Object> list(@RequestParam(required = false) String year, @RequestParam(required = false) String title,
                                    @RequestParam(required = false) String unitCode) {
        Query query = query(year, title, unitCode);
        CommendationBonuses.Computed computed = bonuses.year(query.year(), query.title(), query.unitCode());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", query.year());
        body.put("title", query.title() == null ? null : query.title().name());
        body.put("unitCode", query.unitCode());
        body.put("tableVersions", computed.tableVersions());
        body.put("bonuses", computed.sheet().lines().stream().map(BonusController::view).toList());
        body.put("totals", computed.sheet().totals().stream().map(BonusController::view).toList());
        body.put("grandTotal", view(computed.sheet().grandTotal()));
        return body;
    }

    /** For the finance office: the same lines, then one total row per title and the grand total. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = AwardController.READ_ACCESS)
    @Operation(summary = "Tải bảng tiền thưởng (CSV hoặc XLSX), có dòng tổng theo danh hiệu")
    @GetMapping("/api/commendation/bonuses.{format:csv|xlsx}")
    public ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String year,
                                           @RequestParam(required = false) String title,
                                           @RequestParam(required = false) String unitCode) {
        Query query = query(year, title, unitCode);
        CommendationBonuses.Computed computed = bonuses.year(query.year(), query.title(), query.unitCode());
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (BonusSheet.Line line : computed.sheet().lines()) {
            rows.add(row(++n, line));
        }
        for (BonusSheet.Total total : computed.sheet().totals()) {
            rows.add(totalRow("Cộng: " + total.title().label(), total));
        }
        rows.add(totalRow("Tổng cộng", computed.sheet().grandTotal()));
        String versions = String.join(", ", computed.tableVersions().entrySet().stream()
                .map(e -> e.getKey() + " phiên bản " + e.getValue()).toList());
        return TableDownload.of(format, "tien-thuong_" + query.year() + (query.unitCode() == null ? "" : "_" + query.unitCode()),
                "Tiền thưởng", "Tiền thưởng thi đua, khen thưởng năm " + query.year()
                        + (query.unitCode() == null ? "" : ", đơn vị " + query.unitCode()) + " (bảng " + versions + ")",
                HEADER, rows);
    }

    private record Query(int year, Title title, String unitCode) {
    }

    private static Query query(String year, String title, String unitCode) {
        if (year == null || year.isBlank()) {
            throw new InvalidInputException("year", "required", "Tham số year (năm thi đua) là bắt buộc, ví dụ year=2025.");
        }
        int y;
        try {
            y = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            y = -1;
        }
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new InvalidInputException("year", "range", "Tham số year (năm thi đua) phải là số nguyên từ "
                    + FIRST_YEAR + " đến " + LAST_YEAR + ".");
        }
        Title t = null;
        if (title != null && !title.isBlank()) {
            t = Arrays.stream(Title.values()).filter(c -> c.name().equals(title.trim())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("title", "oneOf", "Tham số title (danh hiệu, hình thức) "
                            + "phải là một trong: " + String.join(", ", Arrays.stream(Title.values()).map(Enum::name)
                            .toList()) + "."));
        }
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        if (unit != null && !unit.matches("[A-Za-z0-9._-]{1,50}")) {
            throw new InvalidInputException("unitCode", "pattern", "Tham số unitCode (mã đơn vị): tối đa 50 chữ không "
                    + "dấu, số, dấu chấm, gạch ngang, gạch dưới.");
        }
        return new Query(y, t, unit);
    }

    private static Map<String, Object> view(BonusSheet.Line line) {
        Award a = line.award();
        Map<String, Object> view = new LinkedHashMap<>(AwardView.of(a, true));
        CommendationRules.Bonus bonus = line.bonus().orElse(null);
        view.put("multiplier", bonus == null ? null : bonus.multiplier());
        view.put("baseSalary", bonus == null ? null : bonus.baseSalary());
        view.put("amount", bonus == null ? null : bonus.amount().longValueExact());
        view.put("multiplierCitation", bonus == null ? null : bonus.citation());
        view.put("baseSalaryCitation", bonus == null ? null : bonus.baseSalaryCitation());
        view.put("reason", line.reason());
        return view;
    }

    private static Map<String, Object> view(BonusSheet.Total total) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (total.title() != null) {
            view.put("title", total.title().name());
            view.put("titleLabel", total.title().label());
        }
        view.put("awards", total.awards());
        view.put("withoutAmount", total.withoutAmount());
        view.put("amount", total.amount().longValueExact());
        return view;
    }

    private static List<Object> row(int n, BonusSheet.Line line) {
        Award a = line.award();
        boolean person = a.holder().type() == HolderType.CA_NHAN;
        CommendationRules.Bonus bonus = line.bonus().orElse(null);
        return Arrays.asList(n, a.holder().type().label(), person ? PersonalData.maskCitizenId(a.holder().citizenId()) : null,
                person ? a.holder().fullName() : null, person ? null : a.holder().unitCode(),
                person ? null : a.holder().unitName(), a.title().label(), a.kind().label(), a.year(), a.decision().number(),
                a.decision().date().format(DAY), bonus == null ? null : bonus.multiplier(),
                bonus == null ? null : bonus.baseSalary(), bonus == null ? null : bonus.amount().longValueExact(),
                bonus == null ? null : bonus.citation(), bonus == null ? null : bonus.baseSalaryCitation(), line.reason());
    }

    private static List<Object> totalRow(String label, BonusSheet.Total total) {
        String note = total.awards() + " khen thưởng" + (total.withoutAmount() == 0 ? ""
                : ", " + total.withoutAmount() + " chưa có số tiền (không tính vào tổng)");
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(HEADER.size(), null));
        row.set(6, label);
        row.set(13, total.amount().longValueExact());
        row.set(16, note);
        return row;
    }
}
