package vn.noivu.bpm.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where administrators put the holiday files. Files shipped in the application (classpath
 * {@code config/holidays/}) are read first; a file of the same year in this directory replaces them.
 */
@ConfigurationProperties("noivu.calendar")
public record CalendarProperties(@DefaultValue("config/holidays") String holidaysDir) {
}
