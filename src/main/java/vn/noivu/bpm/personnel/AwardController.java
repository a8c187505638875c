package vn.noivu.bpm.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.personnel.AwardVocabulary.Level;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.platform.web.TableDownload;

/**
 * The award register for staff: a person's awards, the register filtered by year, title, level or a collective's
 * unit (citizen IDs masked, as in every list), its CSV, and an award decided outside the system entered by an official.
 */
@Tag(name = PersonnelApi.TAG, description = PersonnelApi.DESCRIPTION)
@RestController
public class AwardController {

    /** The access a procedure grants its group to read the whole register ({@code ProcedureGroup#access}). */
    public static final String READ_ACCESS = "award-register-read";

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5000;
    private static final List<String> CSV_HEADER = List.of("Năm thi đua", "Đối tượng", "Số định danh (CCCD)", "Họ và tên",
            "Mã đơn vị", "Tên đơn vị", "Danh hiệu, hình thức", "Cấp", "Loại", "Số quyết định", "Ngày quyết định",
            "Cấp quyết định", "Nguồn");

    private final AwardRegister register;
    private final AwardRepository awards;
    private final PersonnelRepository personnel;

    public AwardController(AwardRegister register, AwardRepository awards, PersonnelRepository personnel) {
        this.register = register;
        this.awards = awards;
        this.personnel = personnel;
    }

    /** Whoever may read a person may read their awards. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = PersonnelController.READ_ACCESS)
    @Operation(summary = "Các khen thưởng của một người")
    @GetMapping("/api/personnel/{citizenId}/awards")
    public Map<String, Object> ofPerson(@PathVariable String citizenId) {
        Person person = personnel.find(citizenId).orElseThrow(() -> new KeyedStatusException(HttpStatus.NOT_FOUND,
                "person_not_found", "Không có người với số định danh " + citizenId + " trong danh sách cán bộ."));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("citizenId", person.citizenId());
        body.put("fullName", person.fullName());
        body.put("awards", register.ofPerson(citizenId).stream().map(a -> AwardView.of(a, false)).toList());
        return body;
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = READ_ACCESS)
    @Operation(summary = "Sổ khen thưởng: tìm theo năm, danh hiệu, cấp, đơn vị")
    @GetMapping("/api/awards")
    public Map<String, Object> list(@RequestParam(required = false) String year, @RequestParam(required = false) String title,
                                    @RequestParam(required = false) String level, @RequestParam(required = false) String unitCode,
                                    @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        AwardRepository.Filter filter = filter(year, title, level, unitCode);
        int rows = number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        int from = number("offset", offset, 0, 0, Integer.MAX_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", awards.count(filter));
        body.put("awards", awards.list(filter, rows, from).stream().map(a -> AwardView.of(a, true)).toList());
        return body;
    }

    /** The whole filtered register as CSV (UTF-8 with BOM), cells a spreadsheet would run neutralised. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = READ_ACCESS)
    @Operation(summary = "Tải sổ khen thưởng (CSV)")
    @GetMapping("/api/awards.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String year, @RequestParam(required = false) String title,
                                      @RequestParam(required = false) String level, @RequestParam(required = false) String unitCode) {
        AwardRepository.Filter filter = filter(year, title, level, unitCode);
        List<List<Object>> rows = awards.list(filter, Integer.MAX_VALUE, 0).stream().map(AwardController::csvRow).toList();
        return TableDownload.csv("so-khen-thuong" + (filter.year() == null ? "" : "_" + filter.year()), CSV_HEADER, rows);
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi một khen thưởng vào sổ")
    @PostMapping("/api/awards")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> enter(@Valid @RequestBody AwardRequest request,
                                     @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        boolean person = request.citizenId() != null;
        boolean collective = request.unitCode() != null || request.unitName() != null;
        if (person == collective) {
            throw new InvalidInputException("citizenId", "holder", "Ghi số định danh (citizenId) của một người, hoặc mã "
                    + "và tên đơn vị (unitCode, unitName) của một tập thể: đúng một trong hai.");
        }
        Award.Holder holder = person ? Award.Holder.person(request.citizenId())
                : Award.Holder.collective(request.unitCode(), request.unitName());
        register.record(new Award.Decision(request.decisionNumber().trim(), request.decisionDate(), request.decider().trim()),
                List.of(new Award.Given(holder, request.title(), request.year(), request.kind())), Source.NHAP_TAY, null,
                caller.userId());
        List<Award> held = person ? register.ofPerson(request.citizenId()) : register.ofCollective(request.unitCode());
        return held.stream().filter(a -> a.title() == request.title() && a.year() == request.year())
                .findFirst().map(a -> AwardView.of(a, false)).orElseThrow();
    }

    private static AwardRepository.Filter filter(String year, String title, String level, String unitCode) {
        Integer y = year == null || year.isBlank() ? null : number("year", year, 0, AwardRegister.FIRST_YEAR, 2100);
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        if (unit != null && !unit.matches("[A-Za-z0-9._-]{1,50}")) {
            throw new InvalidInputException("unitCode", "pattern", "Tham số unitCode là mã đơn vị: tối đa 50 chữ không dấu, "
                    + "số, dấu chấm, gạch ngang, gạch dưới.");
        }
        return new AwardRepository.Filter(y, code(Title.class, "title", title), code(Level.class, "level", level), unit);
    }

    private static int number(String field, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range
        }
        throw new InvalidInputException(field, "range", "Tham số " + field + " phải là số nguyên từ " + min + " đến " + max + ".");
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "oneOf", "Tham số " + field + " phải là một trong: "
                + AwardVocabulary.codes(type) + ".");
    }

    private static List<Object> csvRow(Award a) {
        boolean person = a.holder().type() == HolderType.CA_NHAN;
        return java.util.Arrays.asList(a.year(), a.holder().type().label(),
                person ? PersonalData.maskCitizenId(a.holder().citizenId()) : null, person ? a.holder().fullName() : null,
                person ? null : a.holder().unitCode(), person ? null : a.holder().unitName(), a.title().label(),
                a.title().level().label(), a.kind().label(), a.decision().number(),
                a.decision().date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                a.decision().decider(), a.source().label());
    }
}
