package vn.noivu.bpm.promotion.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.noivu.bpm.exam.Council;

/** What the council's meeting decided on each nominee, from the fields of the recordAssessment form. */
public final class CouncilVotes {

    /** A vote line the form cannot be read from; {@code line} is 1-based. */
    public static class MalformedLine extends IllegalArgumentException {
        private final int line;

        MalformedLine(int line) {
            super("line " + line + " is malformed");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CouncilVotes() {
    }

    /** Citizen IDs separated by commas, blanks ignored. */
    public static Set<String> citizenIds(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    /**
     * The nominees whose vote did not carry: a majority of those voting, the chair's side when equal. A line is
     * "citizenId; votes for; votes against; x if the chair voted for", with no more votes than members present.
     */
    public static Set<String> notCarried(String votes, int present) {
        Set<String> rejected = new HashSet<>();
        String[] lines = votes.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(";");
            try {
                int votesFor = Integer.parseInt(cells[1].trim());
                int votesAgainst = Integer.parseInt(cells[2].trim());
                boolean chairFor = cells.length > 3 && cells[3].trim().equalsIgnoreCase("x");
                if (votesFor < 0 || votesAgainst < 0 || votesFor + votesAgainst > present) {
                    throw new MalformedLine(i + 1);
                }
                if (!Council.carried(votesFor, votesAgainst, chairFor)) {
                    rejected.add(cells[0].trim());
                }
            } catch (RuntimeException e) {
                throw new MalformedLine(i + 1);
            }
        }
        return rejected;
    }

    /** One row of the vote form: a nominee, the votes (blank when not voted on) and whether the chair voted for. */
    public record Vote(String citizenId, String nominee, Integer votesFor, Integer votesAgainst, boolean chairFor) {
    }

    /** A vote row that cannot count: {@code row} is 1-based, {@code why} says it in Vietnamese. */
    public static class BadRow extends IllegalArgumentException {
        private final int row;
        private final String nominee;

        BadRow(int row, String nominee, String why) {
            super(why);
            this.row = row;
            this.nominee = nominee;
        }

        public int row() {
            return row;
        }

        public String nominee() {
            return nominee;
        }
    }

    /**
     * The nominees of vote rows whose vote did not carry. A row with neither count is not voted on; one count
     * without the other, or more votes than members present, is refused.
     */
    public static Set<String> notCarried(List<Vote> votes, int present) {
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            Vote v = votes.get(i);
            if (v.votesFor() == null && v.votesAgainst() == null) {
                continue;
            }
            if (v.votesFor() == null || v.votesAgainst() == null) {
                throw new BadRow(i + 1, v.nominee(), "cần cả số phiếu tán thành và số phiếu không tán thành");
            }
            if (v.votesFor() < 0 || v.votesAgainst() < 0 || v.votesFor() + v.votesAgainst() > present) {
                throw new BadRow(i + 1, v.nominee(), "tổng số phiếu (" + (v.votesFor() + v.votesAgainst())
                        + ") không được quá số thành viên dự họp (" + present + ")");
            }
            if (!Council.carried(v.votesFor(), v.votesAgainst(), v.chairFor())) {
                rejected.add(v.citizenId());
            }
        }
        return rejected;
    }
}
