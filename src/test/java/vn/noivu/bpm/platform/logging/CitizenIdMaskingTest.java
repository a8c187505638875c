package vn.noivu.bpm.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** No log line keeps a whole citizen ID: the message and the stack trace alike, and the trace only once. */
class CitizenIdMaskingTest {

    @Test
    void twelveDigitRunsKeepTheirLastThreeDigits() {
        assertThat(CitizenIdMasking.mask("Không có người với số định danh 001200000123 trong danh sách"))
                .isEqualTo("Không có người với số định danh *********123 trong danh sách");
        assertThat(CitizenIdMasking.mask("[001200000001, 079185000456]")).isEqualTo("[*********001, *********456]");
        assertThat(CitizenIdMasking.mask("thời điểm 1733371200123 và mã 12345678901")).as("13 and 11 digits stay")
                .isEqualTo("thời điểm 1733371200123 và mã 12345678901");
        assertThat(CitizenIdMasking.mask("processInstanceId=0f1c2a3b-4d5e-11f0-9a8b-123456789012"))
                .as("the last group of an engine id (UUID) stays whole")
                .isEqualTo("processInstanceId=0f1c2a3b-4d5e-11f0-9a8b-123456789012");
        assertThat(CitizenIdMasking.mask("\"businessKey\":\"HS-001200000123\"")).as("a key with a citizen ID in it")
                .isEqualTo("\"businessKey\":\"HS-*********123\"");
    }

    @Test
    void theLayoutMasksTheMessageAndTheStackTraceOnce() {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskCitizenIds", CitizenIdMasking::new);
        layout.setPattern("%maskCitizenIds(%level %m%n%ex)");
        layout.start();
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR,
                "nộp Phiếu cho 001200000123", new IllegalStateException("trùng số định danh 001200000123"), null);
        String line = layout.doLayout(event);
        assertThat(line).doesNotContain("001200000123").contains("nộp Phiếu cho *********123",
                "IllegalStateException: trùng số định danh *********123");
        assertThat(line.split("IllegalStateException", -1)).as("the stack trace once").hasSize(2);
    }
}
