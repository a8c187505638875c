package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.commendation.CommendationRoles;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.PersonalData;

/**
 * Initiatives recognised by an initiative council (or, province-wide, by the provincial Chairman), entered by an
 * official so that the annual review and the proposals to the province count them (P3, P5b, P10).
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
public class InitiativeController {

    private static final int LIMIT = 1000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final InitiativeRepository initiatives;
    private final PersonnelRepository personnel;

    public InitiativeController(InitiativeRepository initiatives, PersonnelRepository personnel) {
        this.initiatives = initiatives;
        this.personnel = personnel;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi nhận sáng kiến được công nhận")
    @PostMapping("/api/commendation/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Map<String, Object> record(@Valid @RequestBody InitiativeRequest request,
                                      @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        if (personnel.find(request.citizenId()).isEmpty()) {
            throw new InvalidInputException("citizenId", "inRegister", "Tác giả sáng kiến (citizenId) phải có trong "
                    + "danh sách cán bộ, công chức, viên chức.");
        }
        if (request.decisionDate().isAfter(LocalDate.now(ZONE))) {
            throw new InvalidInputException("decisionDate", "notInFuture", "Ngày quyết định công nhận (decisionDate) "
                    + "không được sau ngày hôm nay.");
        }
        if (request.decisionDate().getYear() < request.recognitionYear()) {
            throw new InvalidInputException("decisionDate", "notBeforeYear", "Ngày quyết định công nhận (decisionDate) "
                    + "không được trước năm công nhận (recognitionYear).");
        }
        String title = request.title().trim();
        String decisionNumber = request.decisionNumber().trim();
        if (initiatives.exists(request.citizenId(), decisionNumber, title)) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "initiative_exists", "Sáng kiến \"" + title
                    + "\" của tác giả này đã được ghi theo quyết định " + decisionNumber + ".");
        }
        long id = initiatives.record(request.citizenId(), title, request.recognitionYear(), request.scope(),
                decisionNumber, request.decisionDate(), request.recognisedBy().trim(), caller.userId());
        return initiatives.ofPerson(request.citizenId(), request.recognitionYear(), request.recognitionYear()).stream()
                .filter(i -> i.id() == id).findFirst().map(InitiativeController::view).orElseThrow();
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO},
            groups = {CommendationRoles.COUNCIL, CommendationRoles.BOARD, CommendationRoles.PROVINCIAL_COUNCIL})
    @Operation(summary = "Danh sách sáng kiến theo năm hoặc theo người")
    @GetMapping("/api/commendation/initiatives")
    public Map<String, Object> list(@RequestParam(required = false) String year,
                                    @RequestParam(required = false) String citizenId) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                y = -1;
            }
            if (y < AwardRegister.FIRST_YEAR || y > 2100) {
                throw new InvalidInputException("year", "range", "Tham số year phải là năm từ "
                        + AwardRegister.FIRST_YEAR + " đến 2100.");
            }
        }
        String citizen = citizenId == null || citizenId.isBlank() ? null : citizenId.trim();
        if (citizen != null && !citizen.matches("\\d{12}")) {
            throw new InvalidInputException("citizenId", "pattern", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
        }
        List<Initiative> found = initiatives.list(y, citizen, LIMIT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("initiatives", found.stream().map(i -> {
            Map<String, Object> view = view(i);
            view.put("citizenId", PersonalData.maskCitizenId(i.citizenId()));
            return view;
        }).toList());
        return body;
    }

    private static Map<String, Object> view(Initiative i) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.id());
        view.put("citizenId", i.citizenId());
        view.put("fullName", i.fullName());
        view.put("title", i.title());
        view.put("recognitionYear", i.recognitionYear());
        view.put("scope", i.scope().name());
        view.put("scopeLabel", i.scope().label());
        view.put("decisionNumber", i.decisionNumber());
        view.put("decisionDate", i.decisionDate());
        view.put("recognisedBy", i.recognisedBy());
        return view;
    }
}
