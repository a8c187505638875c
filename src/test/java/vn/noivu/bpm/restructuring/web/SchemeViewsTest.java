package vn.noivu.bpm.restructuring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemeViewsTest {

    @Test
    void aRulesRegimeCodeReadsAsTheActsName() {
        assertThat(SchemeViews.readableRule("từ 50% trở lên tổng số hộ (ND-321-2025)"))
                .isEqualTo("từ 50% trở lên tổng số hộ (Nghị định 321/2025)");
        assertThat(SchemeViews.readableRule("trên 50% tổng số cử tri (NQ-76-2025)"))
                .isEqualTo("trên 50% tổng số cử tri (Nghị quyết 76/2025)");
        assertThat(SchemeViews.readableRule(null)).isNull();
    }
}
