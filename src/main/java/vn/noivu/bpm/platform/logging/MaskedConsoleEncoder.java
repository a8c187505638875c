package vn.noivu.bpm.platform.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console encoder of logback-spring.xml. Plain lines by default ({@code pattern}, which masks citizen IDs
 * itself with {@code %maskCitizenIds}); with Spring Boot's {@code logging.structured.format.console} set
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, or {@code logstash}, {@code gelf}) one JSON object a line, in which
 * every twelve-digit run is masked after formatting: in the message, the MDC fields (a business key), the stack
 * trace, wherever it stands.
 */
public class MaskedConsoleEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern;
    private String structuredFormat;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;
    private boolean structured;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Empty for plain lines; a format name or a formatter class name of Spring Boot's structured logging. */
    public void setStructuredFormat(String structuredFormat) {
        this.structuredFormat = structuredFormat;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        structured = structuredFormat != null && !structuredFormat.isBlank();
        if (structured) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setFormat(structuredFormat.trim());
            json.setCharset(charset);
            delegate = json;
        } else {
            PatternLayoutEncoder lines = new PatternLayoutEncoder();
            lines.setPattern(pattern);
            lines.setCharset(charset);
            delegate = lines;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    public boolean isStructured() {
        return structured;
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = delegate.encode(event);
        if (!structured) {
            return encoded;
        }
        return CitizenIdMasking.mask(new String(encoded, charset)).getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
