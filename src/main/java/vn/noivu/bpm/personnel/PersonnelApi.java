package vn.noivu.bpm.personnel;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class PersonnelApi {

    public static final String TAG = "Hồ sơ cán bộ, công chức, viên chức";

    public static final String DESCRIPTION = "Danh sách cán bộ, công chức, viên chức hiện có (nhập từ tệp) và sổ khen thưởng của từng người.";

    private PersonnelApi() {
    }
}
