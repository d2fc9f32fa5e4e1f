package io.drachtio.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the property tables in {@code docs/configuration.md}: every Markdown table whose header
 * row is exactly {@link #HEADER}. Other tables are not read.
 */
final class ReferenceTable {

    /** The header row that marks a property table. */
    static final String HEADER = "| Property | Type | Default | Description |";

    /**
     * One documented property.
     *
     * @param line         1-based line number in the document
     * @param name         the property name, without its backticks
     * @param type         the Type cell, without its backticks
     * @param defaultValue the Default cell as written
     */
    record Row(int line, String name, String type, String defaultValue) {
    }

    private ReferenceTable() {
    }

    /**
     * @param markdown the document
     * @return the rows of its property tables, in document order
     * @throws IllegalArgumentException naming the line when a row has not four cells or its name is
     *                                  not one code span
     */
    static List<Row> rows(String markdown) {
        List<Row> rows = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(HEADER)) {
                inTable = true;
                i++; // the |---| separator row
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (inTable) {
                rows.add(row(i + 1, line));
            }
        }
        return rows;
    }

    private static Row row(int lineNumber, String line) {
        String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("line " + lineNumber + ": a property row needs 4 cells, has "
                    + cells.length + ": " + line);
        }
        String name = codeSpan(cells[0].strip());
        if (name == null) {
            throw new IllegalArgumentException("line " + lineNumber + ": the property name must be one code span: "
                    + cells[0].strip());
        }
        String type = codeSpan(cells[1].strip());
        return new Row(lineNumber, name, type == null ? cells[1].strip() : type, cells[2].strip());
    }

    /** @return the text of a cell that is exactly one code span, else {@code null} */
    static String codeSpan(String cell) {
        if (cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")
                && cell.indexOf('`', 1) == cell.length() - 1) {
            return cell.substring(1, cell.length() - 1);
        }
        return null;
    }
}
