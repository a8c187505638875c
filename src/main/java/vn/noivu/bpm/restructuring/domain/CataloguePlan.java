package vn.noivu.bpm.restructuring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.noivu.bpm.restructuring.domain.UnitFiles.CatalogueEntry;
import vn.noivu.bpm.restructuring.domain.UnitFiles.Share;

/**
 * What a catalogue valid from a date changes in the register: units new in it are opened, units whose name, kind or
 * parent changed get a new version (the old one ends the day before), units missing from it end the day before,
 * unchanged units are left as they are. Predecessor links are added where the register does not hold them yet.
 */
public record CataloguePlan(LocalDate validFrom, List<CatalogueEntry> toOpen, List<String> toClose, int created,
                            int changed, int unchanged, List<Link> links) {

    /** The open version of a unit in the register. */
    public record Version(String code, String name, UnitKind kind, String parentCode, LocalDate validFrom) {
    }

    public record Link(String successor, String predecessor, Share share) {
    }

    /** Units that end the day before {@link #validFrom()} (changed ones and ones the catalogue no longer lists). */
    public int closed() {
        return toClose.size() - changed;
    }

    public boolean changesAnything() {
        return changesVersions() || !links.isEmpty();
    }

    /** Whether units open or close (links alone may be added on the date of the register's latest catalogue). */
    public boolean changesVersions() {
        return !toOpen.isEmpty() || !toClose.isEmpty();
    }

    /** The last day of the versions the plan closes. */
    public LocalDate lastDayOfClosed() {
        return validFrom.minusDays(1);
    }

    /**
     * @param open          the register's open versions by code
     * @param existingLinks "successor|predecessor" of the links the register holds
     */
    public static CataloguePlan of(List<CatalogueEntry> catalogue, Map<String, Version> open, Set<String> existingLinks,
                                   LocalDate validFrom) {
        List<CatalogueEntry> toOpen = new ArrayList<>();
        List<String> toClose = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (CatalogueEntry entry : catalogue) {
            listed.add(entry.code());
            Version current = open.get(entry.code());
            if (current == null) {
                toOpen.add(entry);
                created++;
            } else if (!current.name().equals(entry.name()) || current.kind() != entry.kind()
                    || !Objects.equals(current.parentCode(), entry.parentCode())) {
                toClose.add(entry.code());
                toOpen.add(entry);
                changed++;
            } else {
                unchanged++;
            }
            for (UnitFiles.Predecessor predecessor : entry.predecessors()) {
                if (!predecessor.code().equals(entry.code())
                        && !existingLinks.contains(entry.code() + "|" + predecessor.code())) {
                    links.add(new Link(entry.code(), predecessor.code(), predecessor.share()));
                }
            }
        }
        for (String code : open.keySet().stream().sorted().toList()) {
            if (!listed.contains(code)) {
                toClose.add(code);
            }
        }
        return new CataloguePlan(validFrom, List.copyOf(toOpen), List.copyOf(toClose), created, changed, unchanged,
                List.copyOf(links));
    }
}
