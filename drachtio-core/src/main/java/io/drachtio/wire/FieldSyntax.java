package io.drachtio.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one syntax rule of first-line fields: no field may contain {@code |}, CR or LF (there is no
 * escaping in the protocol).
 */
final class FieldSyntax {

    private FieldSyntax() {
    }

    /**
     * Finds the first character a field must not contain.
     *
     * @param field the field text
     * @return the index of the first {@code |}, CR or LF, or {@code -1} when there is none
     */
    static int indexOfForbidden(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '|' || c == '\r' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Builds the field list of a message the caller lays out, turning {@code null} into the empty
     * field and refusing fields that cannot be carried.
     *
     * @param fields the fields in wire order
     * @return an unmodifiable list
     * @throws IllegalArgumentException when a field contains {@code |}, CR or LF
     */
    static List<String> layout(String... fields) {
        List<String> list = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i] == null ? "" : fields[i];
            int at = indexOfForbidden(field);
            if (at >= 0) {
                throw new IllegalArgumentException("field " + i + " contains '|', CR or LF at index " + at);
            }
            list.add(field);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Splits a comma-separated field (tags, host-port lists), keeping empty entries.
     *
     * @param field the field text; the empty string gives an empty list
     * @return the entries, modifiable
     */
    static List<String> splitOnComma(String field) {
        List<String> entries = new ArrayList<>(4);
        if (field.isEmpty()) {
            return entries;
        }
        int start = 0;
        while (true) {
            int comma = field.indexOf(',', start);
            entries.add(field.substring(start, comma < 0 ? field.length() : comma));
            if (comma < 0) {
                return entries;
            }
            start = comma + 1;
        }
    }
}
