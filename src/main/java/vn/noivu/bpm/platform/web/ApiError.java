package vn.noivu.bpm.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The error body of every /api endpoint: {@code error} is a stable English key for programs,
 * {@code message} is Vietnamese for people, {@code fields} names each rejected input.
 */
@Schema(description = "Lỗi: cùng một dạng cho mọi chức năng của /api")
public record ApiError(
        @Schema(description = "Mã trạng thái HTTP", example = "400") int status,
        @Schema(description = "Khóa lỗi tiếng Anh, ổn định, để chương trình xử lý", example = "validation_failed")
        String error,
        @Schema(description = "Thông báo tiếng Việt cho người đọc", example = "Dữ liệu gửi lên không hợp lệ.")
        String message,
        @Schema(description = "Các trường bị từ chối (rỗng khi lỗi không do một trường)") List<FieldError> fields) {

    @Schema(description = "Một trường bị từ chối")
    public record FieldError(
            @Schema(description = "Tên trường như trong yêu cầu (positions[1].rank), hoặc tên tham số",
                    example = "citizenId") String field,
            @Schema(description = "Quy tắc bị vi phạm: required, pattern, format, oneOf, size...", example = "pattern")
            String rule,
            @Schema(description = "Thông báo tiếng Việt", example = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
            String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
