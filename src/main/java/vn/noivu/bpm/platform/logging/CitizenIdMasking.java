package vn.noivu.bpm.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Pattern;

/**
 * {@code %maskCitizenIds(...)} in logback-spring.xml: every run of exactly twelve digits in a log line (a citizen
 * ID, số CCCD, wherever it comes from: our messages, the engine's, a stack trace) keeps only its last three digits.
 */
public class CitizenIdMasking extends CompositeConverter<ILoggingEvent> {

    /**
     * Twelve digits not part of a longer number. The last group of a UUID (the engine's ids: a process instance id in
     * a log line or a JSON field) is twelve hex digits, all decimal about once in 280 ids: it stays whole, so the id
     * still finds the instance.
     */
    private static final Pattern TWELVE_DIGITS = Pattern.compile(
            "(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)(?<!\\d)\\d{9}(\\d{3})(?!\\d)");

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return mask(in);
    }

    public static String mask(String text) {
        return text == null ? null : TWELVE_DIGITS.matcher(text).replaceAll("*********$1");
    }
}
