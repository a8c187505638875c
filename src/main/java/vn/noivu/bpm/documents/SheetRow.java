package vn.noivu.bpm.documents;

import java.util.List;

/** One non-empty row of an uploaded table (.xlsx or CSV): its 1-based number as the user sees it, its cells. */
public record SheetRow(int number, List<String> cells) {

    /** The trimmed text of a cell, or null when it is empty. */
    public String cell(int column) {
        String text = column < cells.size() ? cells.get(column) : null;
        return text == null || text.isBlank() ? null : text.trim();
    }
}
