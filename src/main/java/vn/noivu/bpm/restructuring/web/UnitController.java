package vn.noivu.bpm.restructuring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.RequestParams;
import vn.noivu.bpm.platform.web.TableDownload;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.UnitFacts;
import vn.noivu.bpm.restructuring.domain.UnitFiles;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;
import vn.noivu.bpm.restructuring.process.RestructuringCaseRules;

/**
 * The register of administrative units: officials import the national catalogue (for the date it takes effect) and
 * the statistics; staff read a unit as of a day, its history with predecessors and successors, and lists.
 */
@Tag(name = RestructuringApi.TAG, description = RestructuringApi.DESCRIPTION)
@RestController
@RequestMapping("/api/units")
public class UnitController {

    static final int MAX_PAGE = 500;

    private final UnitImports imports;
    private final UnitRepository repository;
    private final RestructuringCaseRules rules;
    private final UnitLineage lineage;

    UnitController(UnitImports imports, UnitRepository repository, RestructuringCaseRules rules, UnitLineage lineage) {
        this.imports = imports;
        this.repository = repository;
        this.rules = rules;
        this.lineage = lineage;
    }

    /** Multipart {@code file} (.xlsx first sheet or .csv UTF-8) and {@code validFrom} (yyyy-MM-dd). */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Parameter(name = "validFrom", description = "Ngày danh mục có hiệu lực (yyyy-MM-dd)",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Nhập danh mục đơn vị hành chính từ tệp (XLSX hoặc CSV)")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public UnitImports.CatalogueImported importCatalogue(@RequestParam(required = false) MultipartFile file,
                                                         @RequestParam(required = false) String validFrom,
                                                         @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller)
            throws IOException {
        LocalDate from = RequestParams.date("validFrom", validFrom);
        boolean csv = UnitParams.checkFile(file);
        try (InputStream in = file.getInputStream()) {
            return imports.catalogue(UnitImports.read(in, csv), from, UnitParams.fileName(file), caller.userId());
        }
    }

    /** Multipart {@code file}: code, date, area (km²), population (or permanent + temporary), optional columns. */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Nhập số liệu diện tích, dân số của đơn vị hành chính")
    @PostMapping(value = "/statistics/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public UnitImports.StatisticsImported importStatistics(@RequestParam(required = false) MultipartFile file,
                                                           @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller)
            throws IOException {
        boolean csv = UnitParams.checkFile(file);
        try (InputStream in = file.getInputStream()) {
            return imports.statistics(UnitImports.read(in, csv), UnitParams.fileName(file), caller.userId());
        }
    }

    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Parameter(name = "on", description = "Ngày xem (yyyy-MM-dd); mặc định hôm nay",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Xem một đơn vị hành chính tại một ngày")
    @GetMapping("/{code}")
    public UnitViews.Unit unit(@PathVariable String code, @RequestParam(required = false) String on) {
        UnitParams.checkCode(code);
        LocalDate day = UnitParams.day(on);
        UnitRepository.UnitRow unit = repository.asOf(code, day).orElseThrow(() -> notValidOn(code, day));
        UnitViews.Parent parent = unit.parentCode() == null ? null : repository.asOf(unit.parentCode(), day)
                .map(p -> new UnitViews.Parent(p.code(), p.name(), p.kind().name(), p.kind().label())).orElse(null);
        UnitRepository.StatisticsRow stats = repository.statistics(code, day).orElse(null);
        UnitViews.Statistics statistics = stats == null ? null : new UnitViews.Statistics(stats.dataDate(),
                stats.areaKm2(), stats.areaSource(), stats.population(), stats.populationPermanent(),
                stats.populationTemporary(), stats.populationSource(), stats.ethnicMinorityPercent(),
                stats.dataDate().isBefore(unit.validFrom()));
        return new UnitViews.Unit(unit.code(), unit.name(), unit.kind().name(), unit.kind().label(),
                unit.kind().level().label(), day, unit.validFrom(), unit.validTo(), parent, statistics, flags(stats));
    }

    /** The unit as of a day against the standard of its kind then (special factors included), with citations. */
    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Parameter(name = "on", description = "Ngày xem (yyyy-MM-dd); mặc định hôm nay",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Đối chiếu đơn vị hành chính với tiêu chuẩn của loại đơn vị")
    @GetMapping("/{code}/standards")
    public UnitViews.StandardsCheck standards(@PathVariable String code, @RequestParam(required = false) String on) {
        UnitParams.checkCode(code);
        LocalDate day = UnitParams.day(on);
        UnitRepository.UnitRow unit = repository.asOf(code, day).orElseThrow(() -> notValidOn(code, day));
        UnitRepository.StatisticsRow stats = repository.statistics(code, day).orElseThrow(() -> new KeyedStatusException(
                HttpStatus.CONFLICT, "unit_without_statistics", "Chưa có số liệu diện tích, dân số của " + unit.name()
                + " (mã " + code + ") đến ngày " + Dates.text(day) + ": nhập tệp số liệu trước (/api/units/statistics/import)."));
        UnitKind parentKind = unit.parentCode() == null ? null
                : repository.asOf(unit.parentCode(), day).map(UnitRepository.UnitRow::kind).orElse(null);
        UnitFacts facts = new UnitFacts(unit.kind(), stats.areaKm2(), stats.population(), stats.ethnicMinorityPercent(),
                stats.mountainous(), stats.island(), stats.landBorder(), stats.coastalBaiNgang(), parentKind);
        RestructuringRules.StandardCheck check = rules.latest().check(facts, day);
        RestructuringRules.Standard standard = check.standard();
        return new UnitViews.StandardsCheck(code, unit.name(), unit.kind().label(), day, stats.dataDate(),
                standard.basePopulation(), standard.minPopulation(), standard.minAreaKm2(), standard.otherCriteria(),
                stats.areaKm2(), stats.population(), check.areaPercent(), check.populationPercent(), check.met(),
                check.unmet(), standard.legalBasis(), standard.confirmed(), standard.citations());
    }

    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Operation(summary = "Lịch sử thay đổi của đơn vị hành chính")
    @GetMapping("/{code}/history")
    public UnitViews.History history(@PathVariable String code) {
        UnitParams.checkCode(code);
        List<UnitRepository.UnitRow> versions = repository.versions(code);
        if (versions.isEmpty()) {
            throw notFound(code);
        }
        List<UnitViews.Link> predecessors = repository.predecessors(code).stream().map(link ->
                link(link.predecessorCode(), repository.lastBefore(link.predecessorCode(),
                        link.effectiveDate().minusDays(1)).or(() -> repository.lastBefore(link.predecessorCode(),
                        link.effectiveDate())), link)).toList();
        List<UnitViews.Link> successors = repository.successors(code).stream().map(link ->
                link(link.successorCode(), repository.lastBefore(link.successorCode(), link.effectiveDate()), link))
                .toList();
        return new UnitViews.History(code, versions.stream().map(v -> new UnitViews.Version(v.name(), v.kind().name(),
                v.kind().label(), v.parentCode(), v.validFrom(), v.validTo())).toList(), predecessors, successors);
    }

    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Parameter(name = "on", description = "Ngày xem (yyyy-MM-dd); mặc định hôm nay",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Danh sách đơn vị hành chính")
    @GetMapping
    public UnitViews.UnitPage list(@RequestParam(required = false) String parent,
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String on,
                                   @RequestParam(required = false) String limit,
                                   @RequestParam(required = false) String offset) {
        LocalDate day = UnitParams.day(on);
        int size = (int) UnitParams.number("limit", limit, 50, 1, MAX_PAGE);
        long from = UnitParams.number("offset", offset, 0, 0, 10_000_000);
        UnitRepository.Page page = repository.list(UnitParams.parentCode(parent), UnitParams.kind(kind), day, size, from);
        return new UnitViews.UnitPage(day, page.total(), size, from, page.items().stream().map(UnitController::item).toList());
    }

    /** The same list as a CSV for Excel (cells a spreadsheet would read as formulas are neutralised). */
    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Parameter(name = "on", description = "Ngày xem (yyyy-MM-dd); mặc định hôm nay",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Tải danh sách đơn vị hành chính (CSV)")
    @GetMapping(value = "/export.csv")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String parent,
                                         @RequestParam(required = false) String kind,
                                         @RequestParam(required = false) String on) {
        LocalDate day = UnitParams.day(on);
        UnitRepository.Page page = repository.list(UnitParams.parentCode(parent), UnitParams.kind(kind), day,
                UnitFiles.MAX_ROWS, 0);
        List<List<Object>> rows = new ArrayList<>();
        for (UnitRepository.UnitRow unit : page.items()) {
            rows.add(List.of(unit.code(), unit.name(), unit.kind().label(), unit.parentCode() == null ? "" : unit.parentCode(),
                    Dates.text(unit.validFrom()), Dates.text(unit.validTo())));
        }
        return TableDownload.csv("don-vi-hanh-chinh-" + day, List.of("Mã", "Tên", "Cấp", "Mã cấp trên", "Hiệu lực từ",
                "Hiệu lực đến"), rows);
    }

    private static UnitViews.ListItem item(UnitRepository.UnitRow unit) {
        return new UnitViews.ListItem(unit.code(), unit.name(), unit.kind().name(), unit.kind().label(),
                unit.parentCode(), unit.validFrom(), unit.validTo());
    }

    private UnitViews.Link link(String code, java.util.Optional<UnitRepository.UnitRow> version,
                                UnitRepository.LinkRow link) {
        return new UnitViews.Link(code, version.map(UnitRepository.UnitRow::name).orElse(null),
                version.map(v -> v.kind().label()).orElse(null), link.effectiveDate(), link.share().name(),
                link.share().label());
    }

    private static UnitViews.Flags flags(UnitRepository.StatisticsRow stats) {
        if (stats == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        if (stats.mountainous()) {
            labels.add("Miền núi, vùng cao");
        }
        if (stats.island()) {
            labels.add("Hải đảo");
        }
        if (stats.landBorder()) {
            labels.add("Biên giới đất liền");
        }
        if (stats.coastalBaiNgang()) {
            labels.add("Bãi ngang ven biển");
        }
        return new UnitViews.Flags(stats.mountainous(), stats.island(), stats.landBorder(), stats.coastalBaiNgang(), labels);
    }

    private KeyedStatusException notValidOn(String code, LocalDate day) {
        List<UnitRepository.UnitRow> versions = repository.versions(code);
        if (versions.isEmpty()) {
            return notFound(code);
        }
        UnitRepository.UnitRow first = versions.get(0);
        UnitRepository.UnitRow last = versions.get(versions.size() - 1);
        List<UnitRepository.UnitRow> then = lineage.on(code, day, !day.isBefore(first.validFrom()));
        String lineageText = then.isEmpty() ? "" : (day.isBefore(first.validFrom()) ? " Ngày đó là: " : " Ngày đó thuộc: ")
                + String.join(", ", then.stream().map(u -> u.name() + " (" + u.code() + ")").toList()) + ".";
        return new KeyedStatusException(HttpStatus.NOT_FOUND, "unit_not_valid_on", "Đơn vị hành chính mã " + code
                + " không tồn tại vào ngày " + Dates.text(day) + " (có trong sổ từ " + Dates.text(first.validFrom())
                + (last.validTo() == null ? " đến nay" : " đến " + Dates.text(last.validTo()))
                + "; xem /api/units/" + code + "/history)." + lineageText);
    }

    private static KeyedStatusException notFound(String code) {
        return new KeyedStatusException(HttpStatus.NOT_FOUND, "unit_not_found",
                "Không có đơn vị hành chính mã " + code + " trong sổ đơn vị hành chính.");
    }
}
