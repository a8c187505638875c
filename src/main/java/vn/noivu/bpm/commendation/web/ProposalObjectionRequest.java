package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An objection anyone files during a public posting: who writes (name), how to reach them (an e-mail or a phone
 * number), what it says; optionally which nominee (the item number on the page).
 */
@Schema(description = "Phản ánh, kiến nghị về hồ sơ đề nghị khen thưởng đang công khai")
public record ProposalObjectionRequest(
        @Schema(description = "Họ và tên người phản ánh", example = "Trần Văn Minh")
        @NotBlank(message = "Họ và tên người phản ánh (name) là bắt buộc.")
        @Size(max = 255, message = "Họ và tên (name) tối đa 255 ký tự.")
        String name,
        @Schema(description = "Thư điện tử hoặc số điện thoại để liên hệ", example = "0912345678")
        @NotBlank(message = "Thông tin liên hệ (contact) là bắt buộc: thư điện tử hoặc số điện thoại.")
        @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,20}|\\+?[0-9 .-]{8,20}",
                message = "Thông tin liên hệ (contact): một địa chỉ thư điện tử hoặc số điện thoại.")
        String contact,
        @Schema(description = "Nội dung phản ánh (tối đa 4000 ký tự)")
        @NotBlank(message = "Nội dung phản ánh (content) là bắt buộc.")
        @Size(max = 4000, message = "Nội dung (content) tối đa 4000 ký tự.")
        String content,
        @Schema(description = "Người được đề nghị mà phản ánh nói đến: `itemId` trong danh sách công khai "
                + "(không bắt buộc)")
        Long itemId) {
}
