#!/usr/bin/env bash
# Copies the screenshots the README shows from the last test run (target/screenshots/, written by the browser and
# document tests of `./mvnw verify`) into docs/screenshots/. Run from the project root after a green verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=(
  tasklist-group-filter-rows tasklist-history-comment tasklist-missing-field error-404
  tuyen-dung-man-hinh-1-ke-hoach tuyen-dung-sua-ke-hoach-1-lanh-dao-tra-lai tuyen-dung-sua-ke-hoach-2-chi-tieu-sai
  tuyen-dung-sua-ke-hoach-3-da-luu tuyen-dung-sua-ke-hoach-5-lanh-dao-xem-thay-doi tuyen-dung-man-hinh-2-danh-sach
  tuyen-dung-ra-soat-1-dieu-kien tuyen-dung-ra-soat-2-phuc-khao tuyen-dung-man-hinh-3-bang-diem
  tuyen-dung-man-hinh-3b-chon-qua-so-cho tuyen-dung-man-hinh-4-ket-qua tuyen-dung-ra-soat-3-ket-qua
  tuyen-dung-ho-so-5-tiep-nhan tuyen-dung-ho-so-1-du-thao-quyet-dinh tuyen-dung-ho-so-1-quyet-dinh tuyen-dung-ho-so-2-ly-lich-tu-phap
  tuyen-dung-ho-so-3-huy-quyet-dinh tuyen-dung-ho-so-4-bang-ket-qua tuyen-dung-ho-so-6-tra-lai-du-thao tuyen-dung-ho-so-6-huy-ket-qua
  tuyen-dung-ho-so-7-nhan-viec tuyen-dung-ho-so-8-gia-han
  nang-ngach-0-phe-duyet-phuong-an nang-ngach-sua-phuong-an-3-da-luu nang-ngach-sua-phuong-an-5-lanh-dao-xem-thay-doi
  nang-ngach-1-hoi-dong-bieu-quyet-tung-nguoi nang-ngach-2-quyet-dinh-khi-bang-nhau nang-ngach-3-phe-duyet-ket-qua
  nang-ngach-4-ra-soat-ket-qua nang-ngach-5-du-thao-quyet-dinh-bo-nhiem nang-ngach-5-quyet-dinh-bo-nhiem
  nang-ngach-6-ra-soat-hoan-bo-nhiem
  thi-dua-0-lap-danh-sach thi-dua-1-hoi-dong-bo-phieu thi-dua-2-lanh-dao-quyet-dinh thi-dua-3-theo-doi-tam-hoan
  khen-thuong-1-niem-yet-cong-khai khen-thuong-2a-so-noi-vu-tham-dinh khen-thuong-2-hoi-dong-tinh-bo-phieu
  khen-thuong-3-chu-tich-quyet-dinh khen-thuong-4-quyet-dinh-cong-khai
  task-document-review-draft task-document-sign task-document-sign-return task-document-review-draft-returned
)
for shot in "${shots[@]}"; do
  cp "target/screenshots/$shot.png" "docs/screenshots/$shot.png"
done
# Rendered first pages of documents, under the names the README uses.
pages=(
  recruitment-notice-draft-page1:document-recruitment-notice-draft
  recruitment-results-decision-draft-page1:document-recruitment-results-decision-draft
  document-promotion-rank-decision:document-promotion-rank-decision-draft
  document-promotion-rank-decision-issued:document-promotion-rank-decision-issued
  document-recruitment-plan-page1:document-recruitment-plan
  document-recruitment-eligible-list-page2:document-recruitment-eligible-list-appendix
  document-recruitment-recognition-notice-page1:document-recruitment-recognition-notice
  document-recruitment-hiring-decision-draft-page1:document-recruitment-hiring-decision-draft
  document-recruitment-hiring-decision-vien-chuc-draft-page1:document-recruitment-hiring-decision-vien-chuc-draft
  document-recruitment-result-cancellation-draft-page1:document-recruitment-result-cancellation-draft
  document-recruitment-decision-cancellation-draft-page1:document-recruitment-decision-cancellation-draft
)
for page in "${pages[@]}"; do
  cp "target/screenshots/${page%%:*}.png" "docs/screenshots/${page##*:}.png"
done
# The public site's pages of recruitment, commendation and restructuring (phone 390 x 844 and desktop).
public_shots=(
  cong-khai-tuyen-dung-dien-thoai-1-danh-sach cong-khai-tuyen-dung-dien-thoai-3-phieu-co-loi
  cong-khai-tuyen-dung-dien-thoai-4-bien-nhan cong-khai-tuyen-dung-dien-thoai-8-diem-phuc-khao
  cong-khai-tuyen-dung-dien-thoai-11-trung-tuyen cong-khai-tuyen-dung-may-tinh-6-khong-du-dieu-kien
  cong-khai-tuyen-dung-may-tinh-7-ket-qua
  cong-khai-khen-thuong-niem-yet-dien-thoai cong-khai-khen-thuong-niem-yet-may-tinh cong-khai-khen-thuong-y-kien-loi
  cong-khai-khen-thuong-y-kien-may-tinh cong-khai-khen-thuong-y-kien-da-gui cong-khai-khen-thuong-quyet-dinh-may-tinh
  cong-khai-khen-thuong-quyet-dinh-dien-thoai cong-khai-sap-xep-de-an-dien-thoai cong-khai-sap-xep-de-an-may-tinh
  cong-khai-sap-xep-lay-y-kien-dien-thoai cong-khai-sap-xep-lay-y-kien-may-tinh
)
for shot in "${public_shots[@]}"; do
  cp "target/screenshots/$shot.png" "docs/screenshots/$shot.png"
done
echo "$(( ${#shots[@]} + ${#pages[@]} + ${#public_shots[@]} )) screenshots copied to docs/screenshots/"
