package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.noivu.bpm.documents.SheetRow;

/**
 * The two files of the register, checked whole before anything is stored: the catalogue of administrative units in
 * the shape of the national catalogue (code, name, level, parent code; optional predecessor codes) and the
 * statistics file (code, area, population, data date; optional sources, ethnic-minority share and flags). Every
 * row's errors are collected with its row number and column; headings by the API's names or the catalogue's
 * Vietnamese wording.
 */
public final class UnitFiles {

    /** More rows than any catalogue (10,035 communes, 696 districts, 63 provinces on 01/03/2025). */
    public static final int MAX_ROWS = 50_000;
    /** Errors listed in one answer; the count says how many more. */
    public static final int MAX_ERRORS = 200;

    static final Map<String, List<String>> CATALOGUE_COLUMNS = new LinkedHashMap<>();
    static final Map<String, List<String>> STATISTICS_COLUMNS = new LinkedHashMap<>();

    static {
        List<String> code = List.of("code", "mã", "mã đơn vị hành chính", "mã đvhc", "mã đơn vị", "mã số");
        CATALOGUE_COLUMNS.put("code", code);
        CATALOGUE_COLUMNS.put("name", List.of("name", "tên", "tên đơn vị hành chính", "tên đvhc", "tên đơn vị"));
        CATALOGUE_COLUMNS.put("level", List.of("level", "cấp", "kind", "loại", "loại đơn vị", "cấp đvhc"));
        CATALOGUE_COLUMNS.put("parentCode", List.of("parentcode", "mã cấp trên", "mã đơn vị cấp trên", "mã đvhc cấp trên",
                "mã đơn vị hành chính cấp trên"));
        CATALOGUE_COLUMNS.put("predecessors", List.of("predecessors", "mã đvhc trước sắp xếp", "đơn vị trước sắp xếp",
                "sắp xếp từ", "sáp nhập từ"));
        STATISTICS_COLUMNS.put("code", code);
        STATISTICS_COLUMNS.put("date", List.of("date", "datadate", "ngày số liệu", "thời điểm số liệu", "ngày"));
        STATISTICS_COLUMNS.put("area", List.of("area", "areakm2", "diện tích", "diện tích (km2)", "diện tích (km²)",
                "diện tích tự nhiên", "diện tích tự nhiên (km2)", "diện tích tự nhiên (km²)"));
        STATISTICS_COLUMNS.put("population", List.of("population", "dân số", "quy mô dân số", "dân số (người)"));
        STATISTICS_COLUMNS.put("populationPermanent", List.of("populationpermanent", "dân số thường trú", "thường trú"));
        STATISTICS_COLUMNS.put("populationTemporary", List.of("populationtemporary", "dân số tạm trú", "tạm trú"));
        STATISTICS_COLUMNS.put("areaSource", List.of("areasource", "nguồn diện tích", "nguồn số liệu diện tích"));
        STATISTICS_COLUMNS.put("populationSource", List.of("populationsource", "nguồn dân số", "nguồn số liệu dân số"));
        STATISTICS_COLUMNS.put("ethnicMinorityPercent", List.of("ethnicminoritypercent", "tỷ lệ dân tộc thiểu số (%)",
                "tỷ lệ người dân tộc thiểu số (%)", "tỷ lệ dtts (%)", "tỷ lệ dân tộc thiểu số"));
        STATISTICS_COLUMNS.put("mountainous", List.of("mountainous", "miền núi, vùng cao", "miền núi", "vùng cao"));
        STATISTICS_COLUMNS.put("island", List.of("island", "hải đảo"));
        STATISTICS_COLUMNS.put("landBorder", List.of("landborder", "biên giới đất liền", "biên giới"));
        STATISTICS_COLUMNS.put("coastalBaiNgang", List.of("coastalbaingang", "bãi ngang ven biển", "bãi ngang"));
    }

    static final String CODE = "[0-9A-Za-z]{1,20}";

    /** One error: the row as the user numbers it (1 = the header), the column by its API name, the rule broken. */
    public record RowError(int row, String column, String rule, String message) {

        public String text() {
            return "Dòng " + row + (column == null ? "" : ", cột " + column) + ": " + message;
        }
    }

    public enum Share {
        TOAN_BO("toàn bộ"), MOT_PHAN("một phần");

        private final String label;

        Share(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Predecessor(String code, Share share) {
    }

    public record CatalogueEntry(int row, String code, String name, UnitKind kind, String parentCode,
                                 List<Predecessor> predecessors) {
    }

    public record StatisticsEntry(int row, String code, LocalDate dataDate, BigDecimal areaKm2, String areaSource,
                                  long population, Long populationPermanent, Long populationTemporary,
                                  String populationSource, BigDecimal ethnicMinorityPercent, boolean mountainous,
                                  boolean island, boolean landBorder, boolean coastalBaiNgang) {
    }

    /** The rows read, and every error found (all of them, in row order, up to {@link #MAX_ERRORS}). */
    public record Parsed<T>(List<T> entries, List<RowError> errors, int errorCount) {

        public boolean ok() {
            return errorCount == 0;
        }
    }

    private UnitFiles() {
    }

    /**
     * A whole catalogue. {@code knownCodes}: the codes the register already holds, which predecessor codes may name
     * besides the codes of this file.
     */
    public static Parsed<CatalogueEntry> catalogue(List<SheetRow> rows, Set<String> knownCodes) {
        SheetCells.Errors errors = new SheetCells.Errors();
        Map<String, Integer> columns = SheetCells.header(rows, CATALOGUE_COLUMNS, List.of("code", "name", "level"), errors);
        if (columns == null) {
            return errors.result(List.of());
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        Map<String, CatalogueEntry> byCode = new HashMap<>();
        Set<String> present = new java.util.HashSet<>(); // codes of rows with other errors: no follow-on errors
        for (SheetRow row : rows.subList(1, rows.size())) {
            SheetCells cells = new SheetCells(row, columns, errors);
            String code = cells.code("code", true);
            String name = cells.text("name", true, 200);
            String levelText = cells.text("level", true, 100);
            UnitKind kind = null;
            if (levelText != null) {
                kind = UnitKind.parse(levelText).orElse(null);
                if (kind == null) {
                    cells.error("level", "oneOf", "\"" + levelText + "\" không phải cấp, loại đơn vị hành chính ("
                            + UnitKind.accepted() + ").");
                }
            }
            String parent = cells.code("parentCode", false);
            List<Predecessor> predecessors = predecessors(cells);
            if (code != null) {
                present.add(code);
                checkDigits(cells, code, kind);
            }
            if (code != null && name != null && kind != null && cells.clean()) {
                CatalogueEntry entry = new CatalogueEntry(row.number(), code, name, kind, parent, predecessors);
                CatalogueEntry before = byCode.putIfAbsent(code, entry);
                if (before != null) {
                    errors.add(row.number(), "code", "unique", "mã " + code + " đã có ở dòng " + before.row() + ".");
                } else {
                    entries.add(entry);
                }
            }
        }
        for (CatalogueEntry entry : entries) {
            checkParent(entry, byCode, present, errors);
            for (Predecessor predecessor : entry.predecessors()) {
                if (predecessor.code().equals(entry.code())) {
                    continue; // a unit that keeps its code while absorbing others names itself: allowed
                }
                if (!present.contains(predecessor.code()) && !knownCodes.contains(predecessor.code())) {
                    errors.add(entry.row(), "predecessors", "unknownUnit", "mã " + predecessor.code()
                            + " không có trong sổ đơn vị hành chính cũng như trong tệp.");
                }
            }
        }
        if (entries.isEmpty() && errors.count() == 0) {
            errors.add(1, null, "empty", "Tệp không có dòng đơn vị hành chính nào dưới dòng tên cột.");
        }
        errors.sort();
        return errors.result(entries);
    }

    /**
     * The national catalogue's codes have 2 digits for a province, 3 for a district, 5 for a commune (leading zeros
     * included): a shorter all-digit code is usually a spreadsheet that read "00004" as the number 4.
     */
    private static void checkDigits(SheetCells cells, String code, UnitKind kind) {
        if (kind == null || !code.matches("\\d+")) {
            return;
        }
        int digits = switch (kind.level()) {
            case TINH -> 2;
            case HUYEN -> 3;
            case XA -> 5;
        };
        if (code.length() != digits) {
            cells.error("code", "digits", "mã " + kind.label() + " gồm đúng " + digits + " chữ số (kể cả số 0 ở đầu; "
                    + "định dạng cột mã là Văn bản trong Excel), không phải " + code + ".");
        }
    }

    /** A whole statistics file; {@code knownCodes}: the codes of the register, which every row must name. */
    public static Parsed<StatisticsEntry> statistics(List<SheetRow> rows, Set<String> knownCodes) {
        return StatisticsFile.read(rows, knownCodes);
    }

    private static void checkParent(CatalogueEntry entry, Map<String, CatalogueEntry> byCode, Set<String> present,
                                    SheetCells.Errors errors) {
        if (entry.kind().level() == UnitKind.Level.TINH) {
            if (entry.parentCode() != null) {
                errors.add(entry.row(), "parentCode", "noParent", entry.kind().label()
                        + " là đơn vị cấp tỉnh, không có đơn vị cấp trên (để trống cột này).");
            }
            return;
        }
        if (entry.parentCode() == null) {
            errors.add(entry.row(), "parentCode", "required", "bắt buộc với " + entry.kind().label()
                    + " (mã đơn vị hành chính cấp trên trong cùng tệp).");
            return;
        }
        CatalogueEntry parent = byCode.get(entry.parentCode());
        if (parent == null && present.contains(entry.parentCode())) {
            return; // the parent's own row has errors, listed there
        }
        if (parent == null) {
            errors.add(entry.row(), "parentCode", "unknownUnit", "mã cấp trên " + entry.parentCode()
                    + " không có trong tệp (danh mục phải đầy đủ các cấp).");
        } else if (!entry.kind().mayHaveParent(parent.kind())) {
            errors.add(entry.row(), "parentCode", "parentLevel", entry.kind().label() + " không thể thuộc "
                    + parent.kind().label() + " (mã " + parent.code() + ").");
        }
    }

    /** "00004; 00007:MOT_PHAN" or "00004, 00007 (một phần)": codes, each whole unless marked as a part. */
    private static List<Predecessor> predecessors(SheetCells cells) {
        String text = cells.text("predecessors", false, 2000);
        if (text == null) {
            return List.of();
        }
        List<Predecessor> predecessors = new ArrayList<>();
        for (String item : text.split("[;,]")) {
            String part = item.trim();
            if (part.isEmpty()) {
                continue;
            }
            Share share = Share.TOAN_BO;
            String lower = part.toLowerCase(Locale.ROOT);
            for (String marker : List.of(":mot_phan", ":một phần", "(một phần)", "(mot phan)", "*")) {
                if (lower.endsWith(marker)) {
                    share = Share.MOT_PHAN;
                    part = part.substring(0, part.length() - marker.length()).trim();
                    break;
                }
            }
            if (lower.endsWith(":toan_bo")) {
                part = part.substring(0, part.length() - ":toan_bo".length()).trim();
            }
            if (!part.matches(CODE)) {
                cells.error("predecessors", "pattern", "\"" + SheetCells.abbreviate(item.trim()) + "\" không phải mã đơn vị "
                        + "(chữ số, tối đa 20 ký tự; thêm \":MOT_PHAN\" nếu chỉ nhận một phần).");
                continue;
            }
            Predecessor predecessor = new Predecessor(part, share);
            if (predecessors.stream().anyMatch(p -> p.code().equals(predecessor.code()))) {
                cells.error("predecessors", "unique", "mã " + part + " ghi hai lần.");
                continue;
            }
            predecessors.add(predecessor);
        }
        return predecessors;
    }

}
