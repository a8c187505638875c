package vn.noivu.bpm.promotion.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.noivu.bpm.personnel.Person;

/**
 * The order in which eligible nominees fill a quota they outnumber (Decree 115/2020 Art. 40(2); for civil servants
 * the plan's order), as criteria named in the rule table promotion-ordering. Equal on every criterion: the head
 * decides (exam/Selection).
 */
public final class PromotionOrder {

    public enum Criterion {
        ACHIEVEMENT("thành tích, khen thưởng cao hơn"), FEMALE("nữ"), ETHNIC_MINORITY("người dân tộc thiểu số"),
        OLDER("nhiều tuổi hơn"), LONGER_SERVICE("thời gian công tác dài hơn"),
        RATING("xếp loại chất lượng năm trước cao hơn");

        private final String label;

        Criterion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "thành tích, khen thưởng cao hơn; nữ; …": the criteria in the order they apply, in words. */
    public static String inWords(String criteria) {
        return String.join("; ", parse(criteria).stream().map(Criterion::label).toList());
    }

    private PromotionOrder() {
    }

    public static List<Criterion> parse(String criteria) {
        return Arrays.stream(criteria.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Criterion::valueOf).toList();
    }

    /** First-placed first. {@code roundDate}: the year whose previous year's rating counts. */
    public static Comparator<Nominee> comparator(List<Criterion> criteria, LocalDate roundDate) {
        Comparator<Nominee> order = (a, b) -> 0;
        for (Criterion criterion : criteria) {
            order = order.thenComparing(switch (criterion) {
                case ACHIEVEMENT -> Comparator.comparingInt((Nominee n) -> achievementLevel(n.person()));
                case FEMALE -> Comparator.comparing((Nominee n) -> !"NU".equals(n.person().gender()));
                case ETHNIC_MINORITY -> Comparator.comparing((Nominee n) -> !n.person().ethnicMinority());
                case OLDER -> Comparator.comparing((Nominee n) -> n.person().dateOfBirth());
                case LONGER_SERVICE -> Comparator.comparing((Nominee n) -> n.person().serviceStart(),
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case RATING -> Comparator.comparing((Nominee n) -> n.lastYearRating(roundDate),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            });
        }
        return order;
    }

    /** Recognised by a ministry or province or higher first, then at the unit, then none. */
    private static int achievementLevel(Person person) {
        if (person.achievement() == null) {
            return 2;
        }
        return "BO_TINH".equals(person.achievement().level()) ? 0 : 1;
    }
}
