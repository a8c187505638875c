package vn.noivu.bpm.documents.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class DocumentsApi {

    public static final String TAG = "Văn bản hành chính";

    public static final String DESCRIPTION = "Văn bản theo Nghị định 30/2020/NĐ-CP: dự thảo từ mẫu, sổ văn bản đi, tải bản PDF, DOCX.";

    private DocumentsApi() {
    }
}
