package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecruitmentVocabularyTest {

    @Test
    void aLegalBasisCodeReadsAsTheDecreesItNames() {
        assertThat(RecruitmentVocabulary.legalBasisLabel("ND-170-2025")).isEqualTo("Nghị định 170/2025/NĐ-CP");
        assertThat(RecruitmentVocabulary.legalBasisLabel("ND-115-2020-85-2023"))
                .isEqualTo("Nghị định 115/2020/NĐ-CP, sửa đổi bởi Nghị định 85/2023/NĐ-CP");
        assertThat(RecruitmentVocabulary.legalBasisLabel("Nghị định 300/2026/NĐ-CP")).isEqualTo("Nghị định 300/2026/NĐ-CP");
        assertThat(RecruitmentVocabulary.legalBasisLabel(null)).isNull();
    }
}
