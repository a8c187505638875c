package vn.noivu.bpm.commendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardVocabulary;

/**
 * The bonuses of a list of awards (P14, P15): each award's multiplier × the base salary in force on its decision
 * date, from the rule tables; an award whose title has no multiplier in the table is listed without an amount and
 * with the reason, never with a guessed figure. Sudden (DOT_XUAT) awards take the title's multiplier: the table is
 * per title, the decree's multiplier does not depend on how the award was proposed.
 */
public final class BonusSheet {

    static final String NO_MULTIPLIER = "chưa có hệ số trong bảng " + CommendationRules.BONUS_KEY;
    static final String NO_BASE_SALARY = "chưa có mức lương cơ sở trong bảng " + CommendationRules.BASE_SALARY_KEY;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One award; {@code bonus} empty with a {@code reason} when the tables give no amount. */
    public record Line(Award award, Optional<CommendationRules.Bonus> bonus, String reason) {
    }

    /** What one title's awards add up to: {@code withoutAmount} awards are not in {@code amount}. */
    public record Total(AwardVocabulary.Title title, int awards, int withoutAmount, BigDecimal amount) {
    }

    private final List<Line> lines;
    private final Map<AwardVocabulary.Title, Total> totals;
    private final Total grandTotal;

    private BonusSheet(List<Line> lines) {
        this.lines = List.copyOf(lines);
        Map<AwardVocabulary.Title, Total> byTitle = new LinkedHashMap<>();
        for (AwardVocabulary.Title title : AwardVocabulary.Title.values()) {
            List<Line> of = lines.stream().filter(l -> l.award().title() == title).toList();
            if (!of.isEmpty()) {
                byTitle.put(title, total(title, of));
            }
        }
        this.totals = byTitle;
        this.grandTotal = total(null, lines);
    }

    public static BonusSheet of(List<Award> awards, CommendationRules rules) {
        List<Line> lines = new ArrayList<>();
        for (Award award : awards) {
            lines.add(line(award, rules));
        }
        return new BonusSheet(lines);
    }

    private static Line line(Award award, CommendationRules rules) {
        LocalDate day = award.decision().date();
        String on = " (quyết định ngày " + day.format(DAY) + ")";
        Optional<Title> title = java.util.Arrays.stream(Title.values())
                .filter(t -> t.name().equals(award.title().name())).findFirst();
        if (title.isEmpty()) {
            return new Line(award, Optional.empty(), NO_MULTIPLIER + " cho " + award.title().label() + on);
        }
        Optional<CommendationRules.Bonus> bonus;
        try {
            bonus = rules.bonus(title.get(), day);
        } catch (IllegalStateException noSalaryRow) {
            // A multiplier without a base salary for that day: the salary table has no row, say so.
            return new Line(award, Optional.empty(), NO_BASE_SALARY + on);
        }
        return bonus.map(b -> new Line(award, Optional.of(b), null))
                .orElseGet(() -> new Line(award, Optional.empty(), NO_MULTIPLIER + " cho " + award.title().label() + on));
    }

    private static Total total(AwardVocabulary.Title title, List<Line> lines) {
        BigDecimal amount = lines.stream().flatMap(l -> l.bonus().stream()).map(CommendationRules.Bonus::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Total(title, lines.size(), (int) lines.stream().filter(l -> l.bonus().isEmpty()).count(), amount);
    }

    public List<Line> lines() {
        return lines;
    }

    /** Per title, in the register's order of titles; only titles that have awards. */
    public List<Total> totals() {
        return List.copyOf(totals.values());
    }

    public Total grandTotal() {
        return grandTotal;
    }
}
