package io.drachtio.wire;

/**
 * Where the server cuts the SIP part of a command (protocol reference §4.1): the text before the
 * first empty line (CR LF CR LF) is split at its first CR LF into start line and header block;
 * what follows the empty line is the body.
 *
 * @param startLineLength bytes of the start line, without CR LF
 * @param headerBlockLength bytes between the start line's CR LF and the empty line
 * @param isResponse whether the start line begins with {@code SIP/}
 * @param isCancel whether the start line begins with {@code CANCEL }
 */
record SipPartLayout(int startLineLength, int headerBlockLength, boolean isResponse, boolean isCancel) {

    private static final byte[] RESPONSE_PREFIX = {'S', 'I', 'P', '/'};
    private static final byte[] CANCEL_PREFIX = {'C', 'A', 'N', 'C', 'E', 'L', ' '};

    /**
     * Measures a SIP part.
     *
     * @param sip the bytes after the first-line CR LF
     * @return the measures
     */
    static SipPartLayout of(byte[] sip) {
        int headEnd = indexOfEmptyLine(sip);
        int lineEnd = indexOfCrLf(sip, headEnd);
        int startLine = lineEnd < 0 ? headEnd : lineEnd;
        int headerBlock = lineEnd < 0 ? 0 : headEnd - lineEnd - 2;
        return new SipPartLayout(startLine, Math.max(headerBlock, 0), startsWith(sip, RESPONSE_PREFIX),
                startsWith(sip, CANCEL_PREFIX));
    }

    private static int indexOfEmptyLine(byte[] sip) {
        for (int i = 0; i + 3 < sip.length; i++) {
            if (sip[i] == '\r' && sip[i + 1] == '\n' && sip[i + 2] == '\r' && sip[i + 3] == '\n') {
                return i;
            }
        }
        return sip.length;
    }

    private static int indexOfCrLf(byte[] sip, int headEnd) {
        int last = Math.min(headEnd, sip.length - 2);
        for (int i = 0; i <= last; i++) {
            if (sip[i] == '\r' && sip[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] sip, byte[] prefix) {
        if (sip.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (sip[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
