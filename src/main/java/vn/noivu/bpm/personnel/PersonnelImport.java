package vn.noivu.bpm.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.documents.CsvRows;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.documents.XlsxRows;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * Imports the register from a table (.xlsx or CSV) with one person a row, the header naming the columns either by
 * the API's names or by the Vietnamese headings of a CSDL quốc gia về CBCCVC export (README: the mapping).
 * The whole file is checked before anything is stored; the first error is answered naming its row and column.
 */
@Service
public class PersonnelImport {

    /** Column → accepted headings (lower case): the API name first, then the national database's wording. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("citizenId", List.of("citizenid", "số định danh cá nhân", "số cccd", "số căn cước công dân"));
        COLUMNS.put("fullName", List.of("fullname", "họ và tên", "họ tên"));
        COLUMNS.put("gender", List.of("gender", "giới tính"));
        COLUMNS.put("dateOfBirth", List.of("dateofbirth", "ngày sinh", "ngày, tháng, năm sinh"));
        COLUMNS.put("ethnicity", List.of("ethnicity", "dân tộc"));
        COLUMNS.put("staffType", List.of("stafftype", "đối tượng", "loại cán bộ, công chức, viên chức"));
        COLUMNS.put("unitCode", List.of("unitcode", "mã đơn vị"));
        COLUMNS.put("unitName", List.of("unitname", "đơn vị công tác", "cơ quan, đơn vị"));
        COLUMNS.put("rankCode", List.of("rankcode", "mã ngạch/chức danh nghề nghiệp", "mã ngạch", "mã chức danh nghề nghiệp"));
        COLUMNS.put("rankName", List.of("rankname", "ngạch/chức danh nghề nghiệp", "ngạch", "chức danh nghề nghiệp"));
        COLUMNS.put("rankSince", List.of("ranksince", "ngày bổ nhiệm ngạch/chức danh", "ngày bổ nhiệm ngạch",
                "ngày bổ nhiệm chức danh nghề nghiệp"));
        COLUMNS.put("equivalentMonths", List.of("equivalentmonths", "thời gian tương đương (tháng)"));
        COLUMNS.put("serviceStart", List.of("servicestart", "ngày bắt đầu công tác", "ngày tuyển dụng"));
        COLUMNS.put("disciplineKind", List.of("disciplinekind", "hình thức kỷ luật"));
        COLUMNS.put("disciplineUntil", List.of("disciplineuntil", "thời hạn kỷ luật đến ngày"));
        COLUMNS.put("underProsecution", List.of("underprosecution", "đang bị điều tra, truy tố, xét xử"));
        COLUMNS.put("achievementTitle", List.of("achievementtitle", "khen thưởng cao nhất"));
        COLUMNS.put("achievementLevel", List.of("achievementlevel", "cấp khen thưởng"));
        COLUMNS.put("achievementYear", List.of("achievementyear", "năm khen thưởng"));
    }

    /** Ratings: one column a year, "rating2024" or "Xếp loại 2024". */
    private static final Pattern RATING = Pattern.compile("(?:rating|xếp loại(?: chất lượng)?(?: năm)?)\\s*(\\d{4})");
    private static final List<String> REQUIRED = List.of("citizenId", "fullName", "gender", "dateOfBirth", "staffType",
            "unitCode", "rankCode", "rankSince");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    public record Imported(int rows, int created, int updated) {
    }

    private final PersonnelRepository repository;

    public PersonnelImport(PersonnelRepository repository) {
        this.repository = repository;
    }

    /**
     * Two passes over the file: the first checks every row and keeps nothing of them but their citizen IDs (for
     * duplicates); only a file without error is read again and stored, a chunk at a time, in one transaction. So
     * memory does not grow with the file, and a bad last row still leaves the register as it was.
     */
    public Imported importTable(Path table, boolean csv) {
        Layout layout = check(table, csv);
        boolean[] header = {true};
        PersonnelRepository.Saved saved = repository.save(person -> read(table, csv, row -> {
            if (header[0]) {
                header[0] = false;
            } else {
                person.accept(layout.person(row));
            }
        }));
        return new Imported(layout.rows, saved.created(), saved.updated());
    }

    private Layout check(Path table, boolean csv) {
        Layout[] layout = new Layout[1];
        CitizenIds seen = new CitizenIds();
        read(table, csv, row -> {
            if (layout[0] == null) {
                layout[0] = Layout.of(row);
                return;
            }
            Person person = layout[0].person(row);
            if (!seen.add(person.citizenId())) {
                throw new InvalidInputException("file", "unique", "Dòng " + row.number() + ": số định danh "
                        + person.citizenId() + " xuất hiện hai lần trong tệp.");
            }
            layout[0].rows++;
        });
        if (layout[0] == null) {
            throw new InvalidInputException("file", "header", "Tệp trống: dòng đầu cần tên cột (citizenId, fullName, ...).");
        }
        return layout[0];
    }

    private static void read(Path table, boolean csv, Consumer<SheetRow> rows) {
        try {
            if (csv) {
                try (InputStream in = Files.newInputStream(table)) {
                    CsvRows.read(in, rows);
                }
            } else {
                XlsxRows.read(table, rows);
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", csv ? "csv" : "xlsx", csv ? "Tệp CSV không đọc được (UTF-8)."
                    : "Tệp không phải bảng tính .xlsx đọc được.");
        }
    }

    /** Where each column is, from the header row; then counts the rows checked. */
    private static final class Layout {
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<Integer, Integer> ratingColumns = new TreeMap<>();
        private int rows;

        static Layout of(SheetRow header) {
            Layout layout = new Layout();
            for (int c = 0; c < header.cells().size(); c++) {
                String name = header.cell(c);
                if (name == null) {
                    continue;
                }
                String heading = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int column = c;
                COLUMNS.forEach((key, headings) -> {
                    if (headings.contains(heading)) {
                        layout.columns.put(key, column);
                    }
                });
                Matcher rating = RATING.matcher(heading);
                if (rating.matches()) {
                    layout.ratingColumns.put(Integer.parseInt(rating.group(1)), c);
                }
            }
            for (String required : REQUIRED) {
                if (!layout.columns.containsKey(required)) {
                    throw new InvalidInputException("file", "header", "Thiếu cột " + required + " ("
                            + COLUMNS.get(required).get(1) + ") ở dòng đầu.");
                }
            }
            return layout;
        }

        Person person(SheetRow row) {
            return PersonnelImport.person(new Cells(row, columns), ratingColumns);
        }
    }

    /** One row's cells by column name, with the row number for messages. */
    private record Cells(SheetRow row, Map<String, Integer> columns) {

        String text(String column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cell(index);
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw invalid(column, "required", "bắt buộc.");
            }
            return value;
        }

        InvalidInputException invalid(String column, String rule, String message) {
            return new InvalidInputException("file", rule, "Dòng " + row.number() + ", cột " + column + ": " + message);
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column) : text(column);
            if (value == null) {
                return null;
            }
            try {
                return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid(column, "date", "\"" + value + "\" không phải ngày (dd/MM/yyyy hoặc yyyy-MM-dd).");
            }
        }

        boolean flag(String column) {
            String value = text(column);
            return value != null && List.of("x", "có", "co", "true", "1").contains(value.toLowerCase(Locale.ROOT));
        }
    }

    private static Person person(Cells cells, Map<Integer, Integer> ratingColumns) {
        String citizenId = cells.required("citizenId");
        if (!CITIZEN_ID.matcher(citizenId).matches()) {
            throw cells.invalid("citizenId", "pattern", "số định danh cá nhân gồm đúng 12 chữ số.");
        }
        String gender = switch (cells.required("gender").toLowerCase(Locale.ROOT)) {
            case "nam" -> "NAM";
            case "nữ", "nu" -> "NU";
            default -> throw cells.invalid("gender", "oneOf", "Nam hoặc Nữ.");
        };
        String staffType = switch (cells.required("staffType").toLowerCase(Locale.ROOT)) {
            case "cong_chuc", "công chức" -> "CONG_CHUC";
            case "vien_chuc", "viên chức" -> "VIEN_CHUC";
            default -> throw cells.invalid("staffType", "oneOf", "Công chức (CONG_CHUC) hoặc Viên chức (VIEN_CHUC).");
        };
        LocalDate rankSince = cells.date("rankSince", true);
        int equivalentMonths = equivalentMonths(cells);
        LocalDate disciplineUntil = cells.date("disciplineUntil", false);
        boolean prosecution = cells.flag("underProsecution");
        Person.Discipline discipline = disciplineUntil != null || prosecution || cells.text("disciplineKind") != null
                ? new Person.Discipline(cells.text("disciplineKind"), disciplineUntil, prosecution) : null;
        String ethnicity = cells.text("ethnicity");
        return new Person(citizenId, cells.required("fullName"), gender, cells.date("dateOfBirth", true), ethnicity,
                ethnicity != null && !ethnicity.equalsIgnoreCase("kinh"), staffType, cells.required("unitCode"),
                cells.text("unitName"), cells.required("rankCode"), cells.text("rankName"), rankSince, equivalentMonths,
                cells.date("serviceStart", false), ratings(cells, ratingColumns), discipline, achievement(cells));
    }

    private static int equivalentMonths(Cells cells) {
        int equivalentMonths = 0;
        if (cells.text("equivalentMonths") != null) {
            try {
                equivalentMonths = new java.math.BigDecimal(cells.text("equivalentMonths")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw cells.invalid("equivalentMonths", "integer", "số tháng là số nguyên.");
            }
            if (equivalentMonths < 0) {
                throw cells.invalid("equivalentMonths", "range", "không âm.");
            }
        }
        return equivalentMonths;
    }

    private static Map<Integer, Rating> ratings(Cells cells, Map<Integer, Integer> ratingColumns) {
        Map<Integer, Rating> ratings = new TreeMap<>();
        for (Map.Entry<Integer, Integer> column : ratingColumns.entrySet()) {
            String text = cells.row().cell(column.getValue());
            if (text != null) {
                Rating rating = Rating.parse(text);
                if (rating == null) {
                    throw cells.invalid("rating" + column.getKey(), "oneOf", "\"" + text + "\" không phải mức xếp loại "
                            + "(Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ).");
                }
                ratings.put(column.getKey(), rating);
            }
        }
        return ratings;
    }

    private static Person.Achievement achievement(Cells cells) {
        if (cells.text("achievementTitle") == null) {
            return null;
        }
        String level = cells.text("achievementLevel") == null ? "CO_SO" : cells.text("achievementLevel").toUpperCase(Locale.ROOT);
        if (!level.equals("BO_TINH") && !level.equals("CO_SO")) {
            throw cells.invalid("achievementLevel", "oneOf", "BO_TINH (cấp bộ, tỉnh trở lên) hoặc CO_SO.");
        }
        Integer year = null;
        if (cells.text("achievementYear") != null) {
            try {
                year = new java.math.BigDecimal(cells.text("achievementYear")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw cells.invalid("achievementYear", "integer", "năm là số nguyên.");
            }
        }
        return new Person.Achievement(cells.text("achievementTitle"), level, year);
    }
}
