package vn.noivu.bpm.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What any JSON body of /api may carry, checked while it is read, before any rule or table sees it: text without
 * control characters (NUL and the like) or broken Unicode, and not longer than {@value #MAX_TEXT} characters; dates
 * between {@link #EARLIEST} and {@link #LATEST}; whole numbers where a whole number is asked (no 1.5 places:
 * spring.jackson.deserialization.accept-float-as-int is false).
 * A refusal names the field and the rule (see {@link ApiErrorHandler}).
 */
@Configuration
public class InputHygiene {

    static final int MAX_TEXT = 10_000;
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** A value read but refused, with the rule and the Vietnamese message the error names. */
    public static class RefusedValue extends InvalidFormatException {
        private final String rule;

        RefusedValue(JsonParser parser, String message, Object value, Class<?> type, String rule) {
            super(parser, message, value, type);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Registered after every other module (the standard date module included), so its readers are the ones used. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer inputHygieneCustomizer() {
        SimpleModule module = new SimpleModule("noivu-input-hygiene");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        return builder -> builder.postConfigurer(objectMapper -> objectMapper.registerModule(module));
    }

    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            if (text.length() > MAX_TEXT) {
                throw new RefusedValue(parser, "Nội dung dài quá " + MAX_TEXT + " ký tự.", "…", String.class, "size");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
                boolean loneSurrogate = Character.isHighSurrogate(c)
                        ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                        : Character.isLowSurrogate(c);
                if (control || loneSurrogate) {
                    throw new RefusedValue(parser, "Có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự Unicode lỗi).",
                            "…", String.class, "characters");
                }
            }
            return text;
        }
    }

    /** The standard reader of yyyy-MM-dd, contextualised as usual, then the range. */
    static final class BoundedDate extends StdDeserializer<LocalDate> implements ContextualDeserializer {
        private final JsonDeserializer<?> standard;

        BoundedDate() {
            this(LocalDateDeserializer.INSTANCE);
        }

        private BoundedDate(JsonDeserializer<?> standard) {
            super(LocalDate.class);
            this.standard = standard;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return new BoundedDate(((ContextualDeserializer) LocalDateDeserializer.INSTANCE).createContextual(context, property));
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) standard.deserialize(parser, context);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                throw new RefusedValue(parser, "Ngày phải trong khoảng 01/01/1900 đến 31/12/2100.", date.toString(),
                        LocalDate.class, "range");
            }
            return date;
        }
    }
}
