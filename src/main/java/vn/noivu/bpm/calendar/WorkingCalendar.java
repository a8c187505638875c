package vn.noivu.bpm.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vietnamese working days: Monday to Friday, minus the public holidays, compensatory and swapped days off of
 * {@code config/holidays/<year>.yaml}, plus the make-up working Saturdays. A year without a file is an error,
 * never a guess.
 */
@Component
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);
    private static final String SHIPPED = "classpath*:config/holidays/*.yaml";

    private record Loaded(Map<Integer, HolidayYear> years, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
    }

    private final ResourcePatternResolver resolver;
    private final Path holidaysDir;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile Loaded loaded;

    public WorkingCalendar(ResourcePatternResolver resolver, CalendarProperties properties) {
        this.resolver = resolver;
        this.holidaysDir = Path.of(properties.holidaysDir());
        reload();
    }

    /** Reads the holiday files again (shipped ones, then the directory's); a broken file keeps the old calendar. */
    public synchronized SortedSet<Integer> reload() {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(SHIPPED)) {
                try (InputStream in = resource.getInputStream()) {
                    put(years, read(in, resource.getFilename()), resource.getFilename());
                }
            }
            if (Files.isDirectory(holidaysDir)) {
                try (Stream<Path> files = Files.list(holidaysDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            put(years, read(in, file.getFileName().toString()), file.toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday files", e);
        }
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> workingWeekendDays = new HashSet<>();
        for (HolidayYear year : years.values()) {
            year.daysOff().forEach(day -> daysOff.add(day.date()));
            year.workingSaturdays().forEach(day -> workingWeekendDays.add(day.date()));
        }
        loaded = new Loaded(Map.copyOf(years), Set.copyOf(daysOff), Set.copyOf(workingWeekendDays));
        log.info("Working calendar: days off configured for {}", years.keySet());
        years.values().stream().filter(year -> !year.confirmed()).forEach(year -> log.warn(
                "Days off of {} are not confirmed by the Government's notice yet: check config/holidays/{}.yaml",
                year.year(), year.year()));
        return new TreeSet<>(years.keySet());
    }

    private HolidayYear read(InputStream in, String fileName) throws IOException {
        HolidayYear year;
        try {
            year = yaml.readValue(in, HolidayYear.class);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalStateException(fileName + line + ": " + e.getOriginalMessage(), e);
        }
        validate(year, fileName);
        return year;
    }

    private static void put(Map<Integer, HolidayYear> years, HolidayYear year, String from) {
        if (years.put(year.year(), year) != null) {
            log.info("Days off of {} taken from {}", year.year(), from);
        }
    }

    /** A file must be about its own year, and a make-up working day must fall on a weekend. */
    static void validate(HolidayYear year, String fileName) {
        String expectedName = year.year() + ".yaml";
        if (fileName != null && !fileName.equals(expectedName)) {
            throw new IllegalStateException(fileName + ": year " + year.year() + " belongs in " + expectedName);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayYear.DayOff day : year.daysOff()) {
            requireInYear(year, day.date(), fileName);
            if (day.name() == null || day.name().isBlank() || day.kind() == null) {
                throw new IllegalStateException(fileName + ": " + day.date() + " needs a name and a kind");
            }
            if (!seen.add(day.date())) {
                throw new IllegalStateException(fileName + ": " + day.date() + " is listed twice");
            }
        }
        for (HolidayYear.WorkingSaturday day : year.workingSaturdays()) {
            requireInYear(year, day.date(), fileName);
            if (!isWeekend(day.date())) {
                throw new IllegalStateException(fileName + ": working day " + day.date() + " is not a Saturday or Sunday");
            }
        }
    }

    private static void requireInYear(HolidayYear year, LocalDate date, String fileName) {
        if (date == null || date.getYear() != year.year()) {
            throw new IllegalStateException(fileName + ": date " + date + " is not in " + year.year());
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        Loaded current = loaded;
        if (!current.years().containsKey(date.getYear())) {
            throw new CalendarYearNotConfiguredException(date.getYear());
        }
        if (current.workingWeekendDays().contains(date)) {
            return true;
        }
        return !isWeekend(date) && !current.daysOff().contains(date);
    }

    public HolidayYear year(int year) {
        HolidayYear configured = loaded.years().get(year);
        if (configured == null) {
            throw new CalendarYearNotConfiguredException(year);
        }
        return configured;
    }

    public List<Integer> configuredYears() {
        return loaded.years().keySet().stream().sorted().toList();
    }
}
