package vn.noivu.bpm.restructuring.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.documents.CsvRows;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.documents.XlsxRows;
import vn.noivu.bpm.platform.web.ApiError;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.restructuring.domain.CataloguePlan;
import vn.noivu.bpm.restructuring.domain.UnitFiles;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;

/**
 * The two imports of the register, each in one transaction under the register's lock: the whole file is read and
 * checked first; if any row is bad every error is answered (row, column, rule) and nothing is stored.
 */
@Service
public class UnitImports {

    public record CatalogueImported(LocalDate validFrom, int rows, int created, int changed, int closed, int unchanged,
                                    int links) {
    }

    public record StatisticsImported(int rows, int replaced) {
    }

    private final UnitRepository repository;

    public UnitImports(UnitRepository repository) {
        this.repository = repository;
    }

    static List<SheetRow> read(InputStream table, boolean csv) {
        List<SheetRow> rows = new ArrayList<>();
        try {
            if (csv) {
                CsvRows.read(table, rows::add);
            } else {
                XlsxRows.read(table, rows::add);
            }
        } catch (XlsxRows.UnreadableException e) {
            throw new InvalidInputException("file", csv ? "csv" : "xlsx", csv ? "Tệp CSV không đọc được (UTF-8)."
                    : "Tệp không phải bảng tính .xlsx đọc được.");
        }
        return rows;
    }

    @Transactional
    public CatalogueImported catalogue(List<SheetRow> rows, LocalDate validFrom, String fileName, String user) {
        repository.lock();
        UnitFiles.Parsed<UnitFiles.CatalogueEntry> parsed = UnitFiles.catalogue(rows, repository.knownCodes());
        refuseIfBad(parsed);
        CataloguePlan plan = CataloguePlan.of(parsed.entries(), repository.openVersions(), repository.linkPairs(),
                validFrom);
        LocalDate latest = repository.latestValidFrom();
        if (latest != null && (plan.changesVersions() && !validFrom.isAfter(latest)
                || plan.changesAnything() && validFrom.isBefore(latest))) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "catalogue_not_later", "Danh mục này thay đổi sổ đơn vị "
                    + "hành chính nên phải có hiệu lực (validFrom) sau ngày " + Dates.text(latest)
                    + " của lần nhập gần nhất; không có gì được lưu.");
        }
        long importId = repository.recordImport("DANH_MUC", validFrom, fileName, parsed.entries().size(), user);
        repository.apply(plan, importId);
        return new CatalogueImported(validFrom, parsed.entries().size(), plan.created(), plan.changed(), plan.closed(),
                plan.unchanged(), plan.links().size());
    }

    @Transactional
    public StatisticsImported statistics(List<SheetRow> rows, String fileName, String user) {
        repository.lock();
        UnitFiles.Parsed<UnitFiles.StatisticsEntry> parsed = UnitFiles.statistics(rows, repository.knownCodes());
        refuseIfBad(parsed);
        long importId = repository.recordImport("SO_LIEU", null, fileName, parsed.entries().size(), user);
        int replaced = repository.saveStatistics(parsed.entries(), importId);
        return new StatisticsImported(parsed.entries().size(), replaced);
    }

    private static void refuseIfBad(UnitFiles.Parsed<?> parsed) {
        if (parsed.ok()) {
            return;
        }
        List<ApiError.FieldError> fields = parsed.errors().stream().map(error -> new ApiError.FieldError(
                error.column() == null ? "file" : "file[" + error.row() + "]." + error.column(), error.rule(),
                error.text())).toList();
        String more = parsed.errorCount() > parsed.errors().size()
                ? " (liệt kê " + parsed.errors().size() + " lỗi đầu)" : "";
        throw new InvalidInputException("Tệp có " + parsed.errorCount() + " lỗi" + more
                + "; không dòng nào được lưu. " + parsed.errors().get(0).text(), fields);
    }
}
