package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;

/**
 * The facts of a unit (existing, or resulting from an arrangement) the standards are measured with: its kind, area
 * (km²) and population (permanent and temporary residents), ethnic-minority share and the flags of the standards.
 * {@code parentKind}: the unit above it, which the old standard of a phường depends on (null when none).
 */
public record UnitFacts(UnitKind kind, BigDecimal areaKm2, long population, BigDecimal ethnicMinorityPercent,
                        boolean mountainous, boolean island, boolean landBorder, boolean coastalBaiNgang,
                        UnitKind parentKind) {

    public UnitFacts {
        if (kind == null || areaKm2 == null || areaKm2.signum() < 0 || population < 0) {
            throw new IllegalArgumentException("kind, area ≥ 0 and population ≥ 0 are required");
        }
        if (ethnicMinorityPercent != null && (ethnicMinorityPercent.signum() < 0
                || ethnicMinorityPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("ethnic-minority share is a percentage");
        }
    }

    /** A unit with area and population only (lowland, no special factor). */
    public static UnitFacts of(UnitKind kind, String areaKm2, long population) {
        return new UnitFacts(kind, new BigDecimal(areaKm2), population, null, false, false, false, false, null);
    }

    public UnitFacts inMountains() {
        return new UnitFacts(kind, areaKm2, population, ethnicMinorityPercent, true, island, landBorder, coastalBaiNgang,
                parentKind);
    }

    public UnitFacts onIsland() {
        return new UnitFacts(kind, areaKm2, population, ethnicMinorityPercent, mountainous, true, landBorder,
                coastalBaiNgang, parentKind);
    }

    public UnitFacts withEthnicMinority(String percent) {
        return new UnitFacts(kind, areaKm2, population, new BigDecimal(percent), mountainous, island, landBorder,
                coastalBaiNgang, parentKind);
    }

    public UnitFacts onLandBorder() {
        return new UnitFacts(kind, areaKm2, population, ethnicMinorityPercent, mountainous, island, true,
                coastalBaiNgang, parentKind);
    }

    public UnitFacts coastal() {
        return new UnitFacts(kind, areaKm2, population, ethnicMinorityPercent, mountainous, island, landBorder, true,
                parentKind);
    }

    public UnitFacts under(UnitKind parent) {
        return new UnitFacts(kind, areaKm2, population, ethnicMinorityPercent, mountainous, island, landBorder,
                coastalBaiNgang, parent);
    }

    /** The terrain column of the standards table: island first, then mountain/highland, else other. */
    public String terrain() {
        return island ? "HAI_DAO" : mountainous ? "MIEN_NUI" : "KHAC";
    }
}
