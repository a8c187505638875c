package vn.noivu.bpm.commendation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An objection anyone files during a public posting: who writes (name), how to reach them (an e-mail or a phone
 * number), what it says; optionally which nominee (the item number on the page).
 */
public record ProposalObjectionRequest(
        @NotBlank(message = "Họ và tên người phản ánh (name) là bắt buộc.")
        @Size(max = 255, message = "Họ và tên (name) tối đa 255 ký tự.")
        String name,
        @NotBlank(message = "Thông tin liên hệ (contact) là bắt buộc: thư điện tử hoặc số điện thoại.")
        @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,20}|\\+?[0-9 .-]{8,20}",
                message = "Thông tin liên hệ (contact): một địa chỉ thư điện tử hoặc số điện thoại.")
        String contact,
        @NotBlank(message = "Nội dung phản ánh (content) là bắt buộc.")
        @Size(max = 4000, message = "Nội dung (content) tối đa 4000 ký tự.")
        String content,
        Long itemId) {
}
