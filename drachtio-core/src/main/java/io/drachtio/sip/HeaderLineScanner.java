package io.drachtio.sip;

/**
 * Cuts a block of header lines into {@link SipHeaders} entries without decoding anything:
 * records where each name and value starts and where each line ends, joining continuation
 * lines (starting with SP or HTAB) to the header above. Lines end with CRLF or a bare LF. A line
 * whose value holds a line break (a continuation line, or a CR that does not end the line) is
 * marked as folded, so that its value is unfolded when read and every other value is read as it is.
 */
final class HeaderLineScanner {

    private HeaderLineScanner() {
    }

    /**
     * Scans header lines from {@code pos} until an empty line.
     *
     * @param bytes the message bytes
     * @param pos first byte of the first header line
     * @param end end of the available bytes
     * @param into where the lines are recorded
     * @param base offset of the message start, to report offsets relative to it
     * @param endTerminates whether reaching {@code end} after a complete line ends the block like an empty line
     * @return the offset just after the empty line (or {@code end})
     */
    static int scan(byte[] bytes, int pos, int end, SipHeaders into, int base, boolean endTerminates) {
        while (true) {
            if (pos >= end) {
                if (endTerminates) {
                    return end;
                }
                throw new SipParseException(pos - base, "header section is not terminated by an empty line");
            }
            byte first = bytes[pos];
            if (first == '\n') {
                return pos + 1;
            }
            if (first == '\r' && pos + 1 < end && bytes[pos + 1] == '\n') {
                return pos + 2;
            }
            int lineFeed;
            if (first == ' ' || first == '\t') {
                if (into.size() == 0) {
                    throw new SipParseException(pos - base, "continuation line before the first header");
                }
                lineFeed = indexOfLineFeed(bytes, pos, end);
                if (lineFeed < 0) {
                    throw new SipParseException(pos - base, "header line is not terminated by a line break");
                }
                into.extendLastLine(lineFeed + 1);
                into.markLastLineFolded();
            } else {
                int colon = pos;
                while (colon < end && bytes[colon] != ':' && bytes[colon] != '\n') {
                    colon++;
                }
                if (colon < end && bytes[colon] == '\n') {
                    throw new SipParseException(pos - base, "header line without a colon");
                }
                lineFeed = indexOfLineBreak(bytes, colon, end);
                boolean strayCarriageReturn = false;
                while (lineFeed >= 0 && bytes[lineFeed] == '\r') {
                    if (lineFeed + 1 < end && bytes[lineFeed + 1] == '\n') {
                        lineFeed++;
                    } else {
                        strayCarriageReturn = true;
                        lineFeed = indexOfLineBreak(bytes, lineFeed + 1, end);
                    }
                }
                if (lineFeed < 0) {
                    throw new SipParseException(pos - base, "header line is not terminated by a line break");
                }
                int nameEnd = colon;
                while (nameEnd > pos && (bytes[nameEnd - 1] == ' ' || bytes[nameEnd - 1] == '\t')) {
                    nameEnd--;
                }
                if (nameEnd == pos) {
                    throw new SipParseException(pos - base, "empty header name");
                }
                into.addLine(pos, nameEnd, colon + 1, lineFeed + 1);
                if (strayCarriageReturn) {
                    into.markLastLineFolded();
                }
            }
            pos = lineFeed + 1;
        }
    }

    /** The index of the first CR or LF at or after {@code from}, or -1. */
    private static int indexOfLineBreak(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            if (b <= '\r' && (b == '\n' || b == '\r')) {
                return i;
            }
        }
        return -1;
    }

    static int indexOfLineFeed(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
