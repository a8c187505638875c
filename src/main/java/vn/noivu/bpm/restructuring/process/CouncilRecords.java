package vn.noivu.bpm.restructuring.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * The People's Councils' resolutions on a scheme: the councils of the communes consulted and of the province (for a
 * province-level change, of the provinces concerned), each with its number, date, delegates and votes, adopted by
 * the configured majority of the case's pinned table (R11).
 */
@Service
public class CouncilRecords {

    public record CouncilInput(String unitCode, String resolutionNumber, LocalDate resolutionDate, Integer delegates,
                               Integer votesFor, Integer votesAgainst) {
    }

    private final SchemeRepository schemes;
    private final RestructuringCaseRules caseRules;

    public CouncilRecords(SchemeRepository schemes, RestructuringCaseRules caseRules) {
        this.schemes = schemes;
        this.caseRules = caseRules;
    }

    /** The councils whose resolution the scheme needs: unit code → its name and level (XA or TINH). */
    public Map<String, String[]> required(SchemeRepository.SchemeRow scheme) {
        Map<String, String[]> required = new LinkedHashMap<>();
        if (UnitKind.Level.XA.name().equals(scheme.changeLevel())) {
            schemes.consultations(scheme.id(), 1).forEach(c -> required.put(c.communeCode(),
                    new String[] {"Hội đồng nhân dân " + c.communeName(), "XA"}));
            required.put(scheme.provinceCode(), new String[] {"Hội đồng nhân dân tỉnh (" + scheme.provinceCode() + ")", "TINH"});
        } else {
            schemes.parts(scheme.id()).forEach(p -> required.putIfAbsent(p.predecessorCode(),
                    new String[] {"Hội đồng nhân dân tỉnh (" + p.predecessorCode() + ")", "TINH"}));
        }
        return required;
    }

    @Transactional
    public SchemeRepository.CouncilRow record(long schemeId, CouncilInput input, String by) {
        SchemeRepository.SchemeRow scheme = schemes.lock(schemeId).orElseThrow(() -> ConsultationReports.notFound(schemeId));
        if (scheme.status() != SchemeStatus.HDND_XEM_XET) {
            throw Refused.conflict("councils_not_open", "Đề án không ở bước Hội đồng nhân dân xem xét (" + scheme.status().label() + ").");
        }
        Map<String, String[]> required = required(scheme);
        if (input.unitCode() == null || input.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", "required", "Chọn Hội đồng nhân dân (mã đơn vị).");
        }
        String[] council = required.get(input.unitCode());
        if (council == null) {
            throw new InvalidInputException("unitCode", "councilOfScheme", "Đơn vị " + input.unitCode()
                    + " không thuộc các Hội đồng nhân dân xem xét đề án: " + String.join(", ", required.keySet()) + ".");
        }
        if (input.resolutionNumber() == null || input.resolutionNumber().isBlank() || input.resolutionNumber().length() > 60) {
            throw new InvalidInputException("resolutionNumber", "required", "Số nghị quyết là bắt buộc (tối đa 60 ký tự).");
        }
        if (input.resolutionDate() == null) {
            throw new InvalidInputException("resolutionDate", "required", "Ngày nghị quyết là bắt buộc (yyyy-MM-dd).");
        }
        if (input.resolutionDate().isBefore(scheme.schemeDate())) {
            throw new InvalidInputException("resolutionDate", "afterSchemeDate", "Ngày nghị quyết trước ngày của đề án.");
        }
        if (input.delegates() == null || input.delegates() < 1 || input.delegates() > 1000) {
            throw new InvalidInputException("delegates", "range", "Tổng số đại biểu từ 1 đến 1000.");
        }
        if (input.votesFor() == null || input.votesFor() < 0) {
            throw new InvalidInputException("votesFor", "required", "Số đại biểu tán thành là bắt buộc (không âm).");
        }
        if (input.votesAgainst() == null || input.votesAgainst() < 0) {
            throw new InvalidInputException("votesAgainst", "required", "Số đại biểu không tán thành là bắt buộc (không âm).");
        }
        if (input.votesFor() + input.votesAgainst() > input.delegates()) {
            throw new InvalidInputException("votesFor", "atMostDelegates", "Tán thành + không tán thành ("
                    + (input.votesFor() + input.votesAgainst()) + ") lớn hơn tổng số đại biểu (" + input.delegates() + ").");
        }
        if (schemes.councilExists(schemeId, input.unitCode())) {
            throw Refused.conflict("council_already_recorded", "Nghị quyết của " + council[0] + " đã được ghi nhận.");
        }
        RestructuringRules rules = caseRules.rules(RestructuringCaseRules.schemeOwner(schemeId));
        RestructuringRules.CouncilResult vote = rules.councilVote(UnitKind.Level.valueOf(council[1]),
                input.resolutionDate(), input.delegates(), input.votesFor());
        SchemeRepository.CouncilRow row = new SchemeRepository.CouncilRow(input.unitCode(), council[1],
                input.resolutionNumber().trim(), input.resolutionDate(), input.delegates(), input.votesFor(),
                input.votesAgainst(), vote.adopted(), vote.citation());
        schemes.insertCouncil(schemeId, row, by);
        return row;
    }

    /** The councils still to record, as Tasklist options. */
    public List<Map<String, String>> missing(long schemeId) {
        SchemeRepository.SchemeRow scheme = schemes.scheme(schemeId).orElseThrow();
        List<String> recorded = schemes.councils(schemeId).stream().map(SchemeRepository.CouncilRow::unitCode).toList();
        List<Map<String, String>> options = new ArrayList<>();
        required(scheme).forEach((code, council) -> {
            if (!recorded.contains(code)) {
                options.add(Map.of("label", council[0] + " (" + code + ")", "value", code));
            }
        });
        return options;
    }
}
