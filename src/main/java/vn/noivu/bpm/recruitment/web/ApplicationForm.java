package vn.noivu.bpm.recruitment.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.noivu.bpm.platform.web.ApiError;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Gender;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;

/**
 * The Phiếu đăng ký dự tuyển as the public page's form sends it (every field a string, as typed or chosen), turned
 * into the API's {@link ApplicationRequest} and checked by the same rules. Each message names the field in words
 * and never shows a code or a date pattern: the API's few messages that list codes are said differently here.
 */
public final class ApplicationForm {

    /** The page's fields in the order they stand on the form (the error summary follows it). */
    static final List<String> FIELDS = List.of("positionCode", "agencyPreferences", "fullName", "dateOfBirth",
            "gender", "citizenId", "email", "phone", "degreeLevel", "degreeMajor", "priorityCategories");

    private static final Pattern DAY = Pattern.compile("\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\s*");
    private static final int MAX_TEXT = 2000;

    public String positionCode = "";
    public String fullName = "";
    public String dateOfBirth = "";
    public String gender = "";
    public String citizenId = "";
    public String email = "";
    public String phone = "";
    public String degreeLevel = "";
    public String degreeMajor = "";
    public List<String> agencyPreferences = new ArrayList<>();
    public List<String> priorityCategories = new ArrayList<>();

    /** The form's values from the request's parameters; the agencies in the order of the chosen position's choices. */
    static ApplicationForm of(Map<String, String[]> parameters) {
        ApplicationForm form = new ApplicationForm();
        form.positionCode = one(parameters, "positionCode");
        form.fullName = one(parameters, "fullName");
        form.dateOfBirth = one(parameters, "dateOfBirth");
        form.gender = one(parameters, "gender");
        form.citizenId = one(parameters, "citizenId").replace(" ", "");
        form.email = one(parameters, "email");
        form.phone = one(parameters, "phone").replace(" ", "").replace(".", "");
        form.degreeLevel = one(parameters, "degreeLevel");
        form.degreeMajor = one(parameters, "degreeMajor");
        String[] categories = parameters.getOrDefault("priorityCategories", new String[0]);
        for (int i = 0; i < Math.min(categories.length, 40); i++) {
            form.priorityCategories.add(cut(printable(categories[i])));
        }
        // Nguyện vọng 1, 2, ... of the chosen position: "agency-<position>-<n>", empty choices skipped.
        String prefix = "agency-" + form.positionCode + "-";
        parameters.keySet().stream().filter(k -> k.startsWith(prefix) && k.substring(prefix.length()).matches("\\d{1,2}"))
                .sorted(Comparator.comparingInt(k -> Integer.parseInt(k.substring(prefix.length()))))
                .map(k -> one(parameters, k)).filter(v -> !v.isEmpty()).limit(40)
                .forEach(form.agencyPreferences::add);
        return form;
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : cut(printable(values[0]).strip());
    }

    /** Control characters (NUL, line breaks) are never typed into a one-line field; the database refuses NUL. */
    static String printable(String value) {
        return value.replaceAll("\\p{Cntrl}", "");
    }

    /** Nothing longer than a person types reaches a rule or a page (the rules then say the field is too long). */
    private static String cut(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    /** The request, or the page's messages by field (in the form's order) when a rule is broken. */
    Map<String, String> check(Validator validator) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate birth = null;
        if (dateOfBirth.isEmpty()) {
            errors.put("dateOfBirth", "Ngày sinh là bắt buộc: nhập ngày/tháng/năm, ví dụ 15/04/1998.");
        } else {
            Matcher m = DAY.matcher(dateOfBirth);
            if (!m.matches()) {
                errors.put("dateOfBirth", "Ngày sinh cần nhập theo ngày/tháng/năm, ví dụ 15/04/1998.");
            } else {
                try {
                    birth = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    errors.put("dateOfBirth", "Ngày sinh không có thật trên lịch: kiểm tra lại ngày và tháng.");
                }
                if (birth != null && birth.getYear() < 1900) {
                    errors.put("dateOfBirth", "Năm sinh phải từ 1900 trở đi.");
                    birth = null;
                }
            }
        }
        ApplicationRequest request = request(birth);
        for (ConstraintViolation<ApplicationRequest> v : validator.validate(request)) {
            String field = pageField(v.getPropertyPath().toString());
            if (field.equals("dateOfBirth") && errors.containsKey("dateOfBirth")) {
                continue;
            }
            errors.putIfAbsent(field, pageMessage(field, v.getMessage()));
        }
        return ordered(errors);
    }

    ApplicationRequest request(LocalDate birth) {
        return new ApplicationRequest(fullName, citizenId.isEmpty() ? null : citizenId, birth,
                enumOrNull(Gender.class, gender), email, phone, positionCode, agencyPreferences,
                new ApplicationRequest.Degree(enumOrNull(DegreeLevel.class, degreeLevel), degreeMajor),
                priorityCategories);
    }

    /** The parsed date of birth of a form that passed {@link #check}. */
    LocalDate birth() {
        Matcher m = DAY.matcher(dateOfBirth);
        if (!m.matches()) {
            throw new IllegalStateException("check the form first");
        }
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** The page's field of an API field: "degree.level" is the select degreeLevel, "agencyPreferences[1]" the list. */
    static String pageField(String apiField) {
        String field = apiField.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]+>$", "");
        return switch (field) {
            case "degree.level", "degree" -> "degreeLevel";
            case "degree.major" -> "degreeMajor";
            default -> FIELDS.contains(field) ? field : "positionCode";
        };
    }

    /** The API's message, unless it lists codes or a pattern: then what the person should do, in words. */
    static String pageMessage(String field, String apiMessage) {
        return switch (field) {
            case "gender" -> "Giới tính là bắt buộc: chọn Nam hoặc Nữ.";
            case "degreeLevel" -> "Trình độ đào tạo là bắt buộc: chọn một trình độ trong danh sách.";
            case "positionCode" -> apiMessage.startsWith("Mã vị trí dự tuyển là bắt buộc")
                    ? "Vị trí dự tuyển là bắt buộc: chọn một vị trí trong danh sách."
                    : "Vị trí đã chọn không có trong kỳ tuyển dụng này: chọn lại trong danh sách.";
            case "agencyPreferences" -> "Cơ quan đã chọn không tuyển cho vị trí này: chọn lại trong danh sách.";
            case "priorityCategories" -> "Diện ưu tiên đã chọn không có trong danh sách: chọn lại.";
            case "dateOfBirth" -> apiMessage.contains("yyyy") ? "Ngày sinh là bắt buộc: nhập ngày/tháng/năm." : apiMessage;
            default -> apiMessage;
        };
    }

    /** The API's field errors said as the page says them, in the form's order. */
    static Map<String, String> fromApi(List<ApiError.FieldError> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ApiError.FieldError f : fields) {
            String field = pageField(f.field());
            errors.putIfAbsent(field, pageMessage(field, f.message()));
        }
        return ordered(errors);
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        return ordered;
    }

    // Read by the template.
    public String getPositionCode() { return positionCode; }
    public String getFullName() { return fullName; }
    public String getDateOfBirth() { return dateOfBirth; }
    public String getGender() { return gender; }
    public String getCitizenId() { return citizenId; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getDegreeLevel() { return degreeLevel; }
    public String getDegreeMajor() { return degreeMajor; }
    public List<String> getAgencyPreferences() { return agencyPreferences; }
    public List<String> getPriorityCategories() { return priorityCategories; }
}
