package vn.noivu.bpm.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Pattern;

/**
 * {@code %maskCitizenIds(...)} in logback-spring.xml: every run of exactly twelve digits in a log line (a citizen
 * ID, số CCCD, wherever it comes from: our messages, the engine's, a stack trace) keeps only its last three digits.
 */
public class CitizenIdMasking extends CompositeConverter<ILoggingEvent> {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(\\d{3})(?!\\d)");

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return mask(in);
    }

    public static String mask(String text) {
        return text == null ? null : TWELVE_DIGITS.matcher(text).replaceAll("*********$1");
    }
}
