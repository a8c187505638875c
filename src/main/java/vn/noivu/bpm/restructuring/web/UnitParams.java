package vn.noivu.bpm.restructuring.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.RequestParams;
import vn.noivu.bpm.platform.web.TableDownload;
import vn.noivu.bpm.restructuring.domain.UnitKind;

/** The register's request parameters and uploads, checked with a 4xx naming the field and the rule. */
final class UnitParams {

    /** A catalogue or statistics file: 10,800 units of the 2025 catalogue are well under 2 MB. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private UnitParams() {
    }

    static boolean checkFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required", "Cần tệp .xlsx hoặc .csv (trường file).");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new KeyedStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "file_too_large",
                    "Tệp danh mục, số liệu tối đa 20 MB.");
        }
        String name = fileName(file).toLowerCase(Locale.ROOT);
        String type = String.valueOf(file.getContentType()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || (!name.endsWith(".xlsx") && type.startsWith("text/csv"))) {
            return true;
        }
        if (name.endsWith(".xlsx") || type.startsWith(TableDownload.XLSX.toString())) {
            return false;
        }
        throw new InvalidInputException("file", "type", "Chỉ nhận tệp bảng tính .xlsx hoặc .csv (UTF-8).");
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null) {
            return "";
        }
        String clean = name.replaceAll("[\\p{Cntrl}]", "");
        return clean.length() > 255 ? clean.substring(0, 255) : clean;
    }

    static void checkCode(String code) {
        if (!code.matches("[0-9A-Za-z]{1,20}")) {
            throw new InvalidInputException("code", "pattern",
                    "Mã đơn vị hành chính gồm chữ số (mã của danh mục quốc gia), tối đa 20 ký tự.");
        }
    }

    static String parentCode(String parent) {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        if (!parent.matches("[0-9A-Za-z]{1,20}")) {
            throw new InvalidInputException("parent", "pattern",
                    "Tham số parent là mã đơn vị hành chính cấp trên (chữ số, tối đa 20 ký tự).");
        }
        return parent;
    }

    static UnitKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return UnitKind.parse(kind).orElseThrow(() -> new InvalidInputException("kind", "oneOf",
                "Tham số kind là một cấp đơn vị hành chính: " + java.util.Arrays.stream(UnitKind.values())
                        .map(Enum::name).reduce((a, b) -> a + ", " + b).orElse("") + "."));
    }

    static LocalDate day(String on) {
        return on == null || on.isBlank() ? LocalDate.now(Deadlines.ZONE) : RequestParams.date("on", on);
    }

    static long number(String field, String text, long fallback, long min, long max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(field, "range", "Tham số " + field + " là số nguyên từ " + min + " đến " + max + ".");
    }
}
