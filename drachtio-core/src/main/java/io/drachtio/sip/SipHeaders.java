package io.drachtio.sip;

import io.drachtio.sip.internal.CharClasses;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The ordered, mutable list of header LINES of a message (or of a multipart body part).
 * Names are matched case-insensitively, and compact forms match their long names
 * ({@code first("Via")} finds a {@code v:} line). Parsed lines keep their original bytes
 * until changed; values are decoded (unfolded, trimmed, UTF-8) only when read, then cached.
 * Not thread-safe.
 */
public final class SipHeaders implements Iterable<SipHeader> {

    private static final int STRIDE = 4;
    private static final int NAME_START = 0;
    private static final int NAME_END = 1;
    private static final int VALUE_START = 2;
    private static final int LINE_END = 3;
    private static final byte[] COLON_SPACE = {':', ' '};
    private static final byte[] CRLF = {'\r', '\n'};

    private final byte[] source;
    private int size;
    private int[] offsets;
    private String[] names;
    private String[] values;
    private int[] foldedLineStarts;
    private int foldedLines;
    private int version;

    SipHeaders(byte[] source) {
        this.source = source;
        this.offsets = new int[16 * STRIDE];
    }

    /**
     * Parses a block of header lines (no start line), such as the headers of a body part.
     * The block ends at its end or at an empty line. The array is kept, not copied: do not modify it.
     *
     * @param bytes the bytes
     * @param offset where the block starts
     * @param length how many bytes it spans
     * @return the headers
     * @throws SipParseException if a line is malformed
     */
    public static SipHeaders parse(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        SipHeaders headers = new SipHeaders(bytes);
        HeaderLineScanner.scan(bytes, offset, offset + length, headers, offset, true);
        return headers;
    }

    void addLine(int nameStart, int nameEnd, int valueStart, int lineEnd) {
        ensureCapacity(size + 1);
        int at = size * STRIDE;
        offsets[at + NAME_START] = nameStart;
        offsets[at + NAME_END] = nameEnd;
        offsets[at + VALUE_START] = valueStart;
        offsets[at + LINE_END] = lineEnd;
        size++;
    }

    void extendLastLine(int lineEnd) {
        offsets[(size - 1) * STRIDE + LINE_END] = lineEnd;
    }

    /**
     * Records that the value of the last line holds a line break, so it must be unfolded when
     * read. Lines are remembered by where they start in the source, which inserting or removing
     * other lines does not change.
     */
    void markLastLineFolded() {
        int lineStart = offsets[(size - 1) * STRIDE + NAME_START];
        if (foldedLines > 0 && foldedLineStarts[foldedLines - 1] == lineStart) {
            return;
        }
        if (foldedLineStarts == null) {
            foldedLineStarts = new int[4];
        } else if (foldedLines == foldedLineStarts.length) {
            foldedLineStarts = Arrays.copyOf(foldedLineStarts, foldedLines * 2);
        }
        foldedLineStarts[foldedLines++] = lineStart;
    }

    /** Whether the original line starting at {@code lineStart} must be unfolded. */
    private boolean isFolded(int lineStart) {
        for (int i = 0; i < foldedLines; i++) {
            if (foldedLineStarts[i] == lineStart) {
                return true;
            }
        }
        return false;
    }

    private void ensureCapacity(int lines) {
        if (lines * STRIDE > offsets.length) {
            int newLines = Math.max(lines, offsets.length / STRIDE * 2);
            offsets = Arrays.copyOf(offsets, newLines * STRIDE);
            if (names != null) {
                names = Arrays.copyOf(names, newLines);
            }
            if (values != null) {
                values = Arrays.copyOf(values, newLines);
            }
        }
    }

    private void ensureNames() {
        if (names == null) {
            names = new String[offsets.length / STRIDE];
        }
    }

    private void ensureValues() {
        if (values == null) {
            values = new String[offsets.length / STRIDE];
        }
    }

    private void ensureTextArrays() {
        ensureNames();
        ensureValues();
    }

    /** Whether line {@code index} still has its original bytes. */
    boolean isOriginal(int index) {
        return offsets[index * STRIDE + NAME_START] >= 0;
    }

    /** Start of line {@code index} in the source bytes (original lines only). */
    int lineStart(int index) {
        return offsets[index * STRIDE + NAME_START];
    }

    /** Start of the value of line {@code index} in the source bytes (original lines only). */
    int valueStart(int index) {
        return offsets[index * STRIDE + VALUE_START];
    }

    /** End of line {@code index} (after its line break) in the source bytes (original lines only). */
    int lineEnd(int index) {
        return offsets[index * STRIDE + LINE_END];
    }

    /** Changes on every modification; views cached from these headers compare it. */
    int version() {
        return version;
    }

    /** Index of the first line at or after {@code from} whose name denotes {@code key}, or -1. */
    int indexOf(HeaderKey key, int from) {
        for (int i = from; i < size; i++) {
            int at = i * STRIDE;
            int nameStart = offsets[at + NAME_START];
            if (nameStart >= 0 ? key.matches(source, nameStart, offsets[at + NAME_END]) : key.matches(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the first line of {@code key}, or {@code null}. */
    String first(HeaderKey key) {
        int index = indexOf(key, 0);
        return index < 0 ? null : value(index);
    }

    /** The values of every line of {@code key}, in order. */
    List<String> lineValues(HeaderKey key) {
        List<String> list = new ArrayList<>(2);
        for (int i = indexOf(key, 0); i >= 0; i = indexOf(key, i + 1)) {
            list.add(value(i));
        }
        return list;
    }

    /**
     * Returns the name of line {@code index} as spelled on the wire.
     *
     * @param index the line, 0-based
     * @return the name
     */
    public String name(int index) {
        Objects.checkIndex(index, size);
        ensureNames();
        String name = names[index];
        if (name == null) {
            int at = index * STRIDE;
            name = new String(source, offsets[at + NAME_START], offsets[at + NAME_END] - offsets[at + NAME_START],
                    StandardCharsets.UTF_8);
            names[index] = name;
        }
        return name;
    }

    /**
     * Returns the value of line {@code index}, unfolded and trimmed.
     *
     * @param index the line, 0-based
     * @return the value, possibly empty
     */
    public String value(int index) {
        Objects.checkIndex(index, size);
        ensureValues();
        String value = values[index];
        if (value == null) {
            int at = index * STRIDE;
            value = HeaderValueDecoder.decode(source, offsets[at + VALUE_START], offsets[at + LINE_END],
                    isFolded(offsets[at + NAME_START]));
            values[index] = value;
        }
        return value;
    }

    /**
     * Parses the value of line {@code index} with {@code parser}, from the message bytes where the
     * line is original (nothing is decoded first), from the UTF-8 encoding of its text otherwise.
     */
    <T> T parseValue(int index, ValueParser<T> parser) {
        Objects.checkIndex(index, size);
        int at = index * STRIDE;
        if (offsets[at + NAME_START] < 0) {
            byte[] utf8 = values[index].getBytes(StandardCharsets.UTF_8);
            return parser.parse(utf8, 0, utf8.length);
        }
        return HeaderValueDecoder.parse(source, offsets[at + VALUE_START], offsets[at + LINE_END],
                isFolded(offsets[at + NAME_START]), parser);
    }

    /**
     * Returns line {@code index}.
     *
     * @param index the line, 0-based
     * @return the header line
     */
    public SipHeader get(int index) {
        return new SipHeader(name(index), value(index));
    }

    /**
     * Returns the value of the first line with this name.
     *
     * @param name the header name, any case, long or compact
     * @return the value, or {@code null} when absent
     */
    public String first(String name) {
        return first(HeaderKey.of(name));
    }

    /**
     * Returns every line with this name, in order.
     *
     * @param name the header name, any case, long or compact
     * @return the lines, empty when absent
     */
    public List<SipHeader> all(String name) {
        HeaderKey key = HeaderKey.of(name);
        List<SipHeader> list = new ArrayList<>(2);
        for (int i = indexOf(key, 0); i >= 0; i = indexOf(key, i + 1)) {
            list.add(get(i));
        }
        return list;
    }

    /**
     * Tells whether a line with this name exists.
     *
     * @param name the header name, any case, long or compact
     * @return {@code true} if present
     */
    public boolean contains(String name) {
        return indexOf(HeaderKey.of(name), 0) >= 0;
    }

    /**
     * Adds a line after the last line with the same name, or at the end if there is none.
     *
     * @param name the header name (a token), written as given
     * @param value the value (no CR or LF)
     * @throws IllegalArgumentException if the name is not a token or the value holds a line break
     */
    public void add(String name, String value) {
        checkLine(name, value);
        HeaderKey key = HeaderKey.of(name);
        int last = -1;
        for (int i = indexOf(key, 0); i >= 0; i = indexOf(key, i + 1)) {
            last = i;
        }
        insert(last < 0 ? size : last + 1, name, value);
    }

    /**
     * Adds a line just before the first line named {@code existingName}, or at the end if there
     * is none. Use it to keep a header ahead of another one, such as a new header before
     * Content-Length ({@link #add(String, String)} would put it after the last line).
     *
     * @param existingName the header to insert before, any case, long or compact
     * @param name the header name (a token), written as given
     * @param value the value (no CR or LF)
     * @throws IllegalArgumentException if the name is not a token or the value holds a line break
     */
    public void addBefore(String existingName, String name, String value) {
        checkLine(name, value);
        int index = indexOf(HeaderKey.of(existingName), 0);
        insert(index < 0 ? size : index, name, value);
    }

    /**
     * Replaces the first line with this name in place and removes the others; adds the line at
     * the end if there is none.
     *
     * @param name the header name (a token), written as given
     * @param value the value (no CR or LF)
     * @throws IllegalArgumentException if the name is not a token or the value holds a line break
     */
    public void set(String name, String value) {
        checkLine(name, value);
        HeaderKey key = HeaderKey.of(name);
        int first = indexOf(key, 0);
        if (first < 0) {
            insert(size, name, value);
            return;
        }
        replace(first, name, value);
        for (int i = indexOf(key, first + 1); i >= 0; i = indexOf(key, i)) {
            delete(i);
        }
    }

    /**
     * Removes every line with this name.
     *
     * @param name the header name, any case, long or compact
     * @return {@code true} if at least one line was removed
     */
    public boolean remove(String name) {
        HeaderKey key = HeaderKey.of(name);
        boolean removed = false;
        for (int i = indexOf(key, 0); i >= 0; i = indexOf(key, i)) {
            delete(i);
            removed = true;
        }
        return removed;
    }

    /**
     * Returns the number of header lines.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Returns the name of every line, in order, as spelled (a name appears once per line).
     *
     * @return the names
     */
    public List<String> names() {
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(name(i));
        }
        return list;
    }

    /**
     * Returns the lines as a read-only list.
     *
     * @return the lines, in order
     */
    public List<SipHeader> asList() {
        return new AbstractList<>() {
            @Override
            public SipHeader get(int index) {
                return SipHeaders.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Iterator<SipHeader> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public SipHeader next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    private void insert(int index, String name, String value) {
        ensureCapacity(size + 1);
        ensureTextArrays();
        System.arraycopy(offsets, index * STRIDE, offsets, (index + 1) * STRIDE, (size - index) * STRIDE);
        System.arraycopy(names, index, names, index + 1, size - index);
        System.arraycopy(values, index, values, index + 1, size - index);
        size++;
        replace(index, name, value);
    }

    private void replace(int index, String name, String value) {
        ensureTextArrays();
        offsets[index * STRIDE + NAME_START] = -1;
        names[index] = name;
        values[index] = value.strip();
        version++;
    }

    private void delete(int index) {
        ensureTextArrays();
        System.arraycopy(offsets, (index + 1) * STRIDE, offsets, index * STRIDE, (size - index - 1) * STRIDE);
        System.arraycopy(names, index + 1, names, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        names[size] = null;
        values[size] = null;
        version++;
    }

    /** Writes every line: original lines as their original bytes, others as {@code Name: value CRLF}. */
    void writeTo(ByteArrayOutputStream out) {
        for (int i = 0; i < size; i++) {
            int at = i * STRIDE;
            int start = offsets[at + NAME_START];
            if (start >= 0) {
                out.write(source, start, offsets[at + LINE_END] - start);
            } else {
                out.writeBytes(names[i].getBytes(StandardCharsets.UTF_8));
                out.writeBytes(COLON_SPACE);
                out.writeBytes(values[i].getBytes(StandardCharsets.UTF_8));
                out.writeBytes(CRLF);
            }
        }
    }

    /**
     * Checks a header line before it is added: the name must be a token, the value must not
     * contain CR or LF (which would inject lines).
     */
    static void checkLine(String name, String value) {
        if (name == null || !CharClasses.isToken(name)) {
            throw new IllegalArgumentException("header name must be a non-empty token: " + name);
        }
        if (value == null) {
            throw new IllegalArgumentException("header value must not be null (header " + name + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("header value must not contain CR or LF (header " + name + ")");
            }
        }
    }

    @Override
    public String toString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
