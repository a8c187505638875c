package vn.noivu.bpm.restructuring.web;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;

/**
 * Which units a code stood for on a day it did not exist: after it ended, the units it went into (following
 * successor links); before it began, the units it came from (following predecessor links).
 */
@Component
class UnitLineage {

    /** Links followed at most: a commune merged a few times, never more. */
    private static final int MAX_STEPS = 200;

    private final UnitRepository repository;

    UnitLineage(UnitRepository repository) {
        this.repository = repository;
    }

    List<UnitRepository.UnitRow> on(String code, LocalDate day, boolean forward) {
        List<UnitRepository.UnitRow> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(code));
        Deque<String> queue = new ArrayDeque<>(List.of(code));
        int steps = 0;
        while (!queue.isEmpty() && steps++ < MAX_STEPS) {
            String current = queue.poll();
            List<UnitRepository.LinkRow> links = forward ? repository.successors(current) : repository.predecessors(current);
            for (UnitRepository.LinkRow link : links) {
                String other = forward ? link.successorCode() : link.predecessorCode();
                boolean onTheWay = forward ? !link.effectiveDate().isAfter(day) : link.effectiveDate().isAfter(day);
                if (!onTheWay || !seen.add(other)) {
                    continue;
                }
                repository.asOf(other, day).ifPresentOrElse(found::add, () -> queue.add(other));
            }
        }
        return found;
    }
}
