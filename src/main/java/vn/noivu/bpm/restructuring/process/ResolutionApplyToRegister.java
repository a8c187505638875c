package vn.noivu.bpm.restructuring.process;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.SchemeRegisterWrites;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;

/**
 * The resolution's effective date: in the job's one transaction the predecessors that do not continue end the day
 * before, the resulting units begin (a unit keeping its code gets a new version), the predecessor links and the new
 * units' figures are written, as one "import" of the register named after the resolution. Runs once.
 */
@Component("restructuringResolutionApplyToRegister")
public class ResolutionApplyToRegister implements JavaDelegate {

    private final SchemeRepository schemes;
    private final SchemeRegisterWrites register;
    private final UnitRepository units;

    public ResolutionApplyToRegister(SchemeRepository schemes, SchemeRegisterWrites register, UnitRepository units) {
        this.schemes = schemes;
        this.register = register;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long schemeId = ((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        SchemeRepository.SchemeRow scheme = schemes.lock(schemeId).orElseThrow();
        if (scheme.registerAppliedAt() != null) {
            return;
        }
        LocalDate effective = scheme.effectiveDate();
        units.lock();
        List<SchemeRepository.ResultRow> results = schemes.results(schemeId);
        Map<Long, List<SchemeRepository.PartRow>> parts = schemes.parts(schemeId).stream()
                .collect(Collectors.groupingBy(SchemeRepository.PartRow::resultId));
        String source = "Nghị quyết số " + scheme.resolutionNumber() + " ngày " + SchemeService.DAY.format(scheme.resolutionDate());
        long importId = units.recordImport("DANH_MUC", effective, source, results.size(), "he-thong");
        Set<String> resultCodes = results.stream().map(SchemeRepository.ResultRow::code).collect(Collectors.toSet());
        Set<String> predecessors = new HashSet<>();
        parts.values().forEach(list -> list.forEach(p -> predecessors.add(p.predecessorCode())));
        for (String code : predecessors) {
            register.closeUnit(code, effective);
        }
        for (SchemeRepository.ResultRow r : results) {
            if (!predecessors.contains(r.code())) {
                register.closeUnit(r.code(), effective);
            }
            register.openUnit(r.code(), r.name(), r.kind(), r.parentCode(), effective, importId);
            for (SchemeRepository.PartRow p : parts.getOrDefault(r.id(), List.of())) {
                if (!p.predecessorCode().equals(r.code())) {
                    register.link(r.code(), p.predecessorCode(), effective, p.share(), importId);
                }
            }
            register.statistics(r, effective, "Đề án " + scheme.code() + ", " + source, importId);
        }
        if (!resultCodes.isEmpty()) {
            schemes.markApplied(schemeId);
        }
    }
}
