package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.restructuring.domain.UnitFiles.Parsed;
import vn.noivu.bpm.restructuring.domain.UnitFiles.StatisticsEntry;

/** The statistics file of the register: code, data date, area, population; optional sources, share and flags. */
final class StatisticsFile {

    private StatisticsFile() {
    }

    static Parsed<StatisticsEntry> read(List<SheetRow> rows, Set<String> knownCodes) {
        SheetCells.Errors errors = new SheetCells.Errors();
        Map<String, Integer> columns = SheetCells.header(rows, UnitFiles.STATISTICS_COLUMNS, List.of("code", "date", "area"), errors);
        if (columns == null) {
            return errors.result(List.of());
        }
        if (!columns.containsKey("population") && !columns.containsKey("populationPermanent")) {
            errors.add(1, null, "header", "Thiếu cột population (Dân số) hoặc populationPermanent (Dân số thường trú) ở dòng đầu.");
            return errors.result(List.of());
        }
        List<StatisticsEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            SheetCells cells = new SheetCells(row, columns, errors);
            String code = cells.code("code", true);
            if (code != null && !knownCodes.contains(code)) {
                cells.error("code", "unknownUnit", "mã " + code + " không có trong sổ đơn vị hành chính (nhập danh mục trước).");
            }
            LocalDate date = cells.date("date");
            BigDecimal area = cells.decimal("area", true, BigDecimal.valueOf(1_000_000));
            if (area != null && area.signum() <= 0) {
                cells.error("area", "range", "diện tích (km²) phải lớn hơn 0.");
            }
            Long[] population = population(cells);
            BigDecimal minority = cells.decimal("ethnicMinorityPercent", false, BigDecimal.valueOf(100));
            String areaSource = cells.text("areaSource", false, 300);
            String populationSource = cells.text("populationSource", false, 300);
            boolean mountainous = cells.flag("mountainous");
            boolean island = cells.flag("island");
            boolean border = cells.flag("landBorder");
            boolean coastal = cells.flag("coastalBaiNgang");
            if (code != null && date != null) {
                Integer before = seen.putIfAbsent(code + "|" + date, row.number());
                if (before != null) {
                    cells.error("code", "unique", "mã " + code + " với ngày số liệu " + date + " đã có ở dòng " + before + ".");
                }
            }
            if (cells.clean()) {
                entries.add(new StatisticsEntry(row.number(), code, date, area, areaSource, population[0], population[1],
                        population[2], populationSource, minority, mountainous, island, border, coastal));
            }
        }
        if (rows.size() == 1 && errors.count() == 0) {
            errors.add(1, null, "empty", "Tệp không có dòng số liệu nào dưới dòng tên cột.");
        }
        return errors.result(entries);
    }

    /** Total, permanent and temporary residents: the total given, or permanent + temporary (checked when both). */
    private static Long[] population(SheetCells cells) {
        Long total = cells.count("population");
        Long permanent = cells.count("populationPermanent");
        Long temporary = cells.count("populationTemporary");
        Long population = total;
        if (total == null && permanent == null && cells.clean()) {
            cells.error("population", "required", "cần dân số (hoặc dân số thường trú và tạm trú).");
        } else if (permanent != null) {
            long sum = permanent + (temporary == null ? 0 : temporary);
            if (total != null && total != sum) {
                cells.error("population", "sum", "dân số " + total + " khác thường trú + tạm trú = " + sum + ".");
            }
            population = sum;
        } else if (temporary != null) {
            cells.error("populationPermanent", "required", "cần cả dân số thường trú khi có dân số tạm trú.");
        }
        return new Long[] {population == null ? 0L : population, permanent, temporary};
    }
}
