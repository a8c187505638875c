package vn.noivu.bpm.promotion.domain;

import java.util.Arrays;
import java.util.HashSet;
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
}
