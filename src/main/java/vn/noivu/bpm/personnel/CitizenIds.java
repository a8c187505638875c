package vn.noivu.bpm.personnel;

/**
 * The citizen IDs met so far in an import, to find one that appears twice: 12 digits fit a long, so a province's
 * 100,000 people take about 2 MB (open addressing, no object per ID) instead of a set of strings.
 */
final class CitizenIds {

    private static final long EMPTY = -1;

    private long[] slots = filled(1 << 12);
    private int size;

    /** False when the ID was already there. {@code citizenId}: 12 digits, already checked. */
    boolean add(String citizenId) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, Long.parseLong(citizenId)) && ++size > 0;
    }

    private static boolean insert(long[] table, long id) {
        int mask = table.length - 1;
        for (int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask; ; i = (i + 1) & mask) {
            if (table[i] == id) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = id;
                return true;
            }
        }
    }

    private void grow() {
        long[] larger = filled(slots.length * 2);
        for (long id : slots) {
            if (id != EMPTY) {
                insert(larger, id);
            }
        }
        slots = larger;
    }

    private static long[] filled(int length) {
        long[] table = new long[length];
        java.util.Arrays.fill(table, EMPTY);
        return table;
    }
}
