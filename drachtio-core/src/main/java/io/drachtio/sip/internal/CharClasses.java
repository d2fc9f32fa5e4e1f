package io.drachtio.sip.internal;

/**
 * Character classes of the SIP grammar (RFC 3261 §25.1), answered with lookup tables. The tables
 * have an entry for every byte value (those from 128 are never in a class), so that the byte
 * variants used by the parsers need one lookup and no range check.
 */
public final class CharClasses {

    private static final boolean[] TOKEN = table("-.!%*_+`'~", true);
    private static final boolean[] WORD = table("-.!%*_+`'~()<>:\\\"/[]?{}", true);
    private static final boolean[] HOST = table("-.", true);
    private static final boolean[] PARAM_VALUE = table("-.!%*_+`'~[]:", true);

    private CharClasses() {
    }

    private static boolean[] table(String extra, boolean alphanumeric) {
        boolean[] t = new boolean[256];
        if (alphanumeric) {
            for (int c = '0'; c <= '9'; c++) {
                t[c] = true;
            }
            for (int c = 'a'; c <= 'z'; c++) {
                t[c] = true;
                t[c - 32] = true;
            }
        }
        for (int i = 0; i < extra.length(); i++) {
            t[extra.charAt(i)] = true;
        }
        return t;
    }

    /**
     * Tells whether {@code c} may appear in a {@code token} (method names, header names, parameter names).
     *
     * @param c the character
     * @return {@code true} for alphanumerics and {@code -.!%*_+`'~}
     */
    public static boolean isToken(int c) {
        return c >= 0 && c < 128 && TOKEN[c];
    }

    /**
     * Tells whether the byte {@code b} is an ASCII character of the class of {@link #isToken(int)}.
     *
     * @param b the byte
     * @return {@code true} if it is in the class; never for bytes of multi-byte UTF-8 characters
     */
    public static boolean isToken(byte b) {
        return TOKEN[b & 0xFF];
    }

    /**
     * Tells whether {@code c} may appear in a {@code word} (Call-ID).
     *
     * @param c the character
     * @return {@code true} for token characters and {@code ()<>:\"/[]?{}}
     */
    public static boolean isWord(int c) {
        return c >= 0 && c < 128 && WORD[c];
    }

    /**
     * Tells whether {@code c} may appear in a host name or IPv4 address.
     *
     * @param c the character
     * @return {@code true} for alphanumerics, {@code -} and {@code .}
     */
    public static boolean isHost(int c) {
        return c >= 0 && c < 128 && HOST[c];
    }

    /**
     * Tells whether the byte {@code b} is an ASCII character of the class of {@link #isHost(int)}.
     *
     * @param b the byte
     * @return {@code true} if it is in the class; never for bytes of multi-byte UTF-8 characters
     */
    public static boolean isHost(byte b) {
        return HOST[b & 0xFF];
    }

    /**
     * Tells whether {@code c} may appear in an unquoted parameter value ({@code token} or {@code host}).
     *
     * @param c the character
     * @return {@code true} for token characters, brackets and colon
     */
    public static boolean isParamValue(int c) {
        return c >= 0 && c < 128 && PARAM_VALUE[c];
    }

    /**
     * Tells whether the byte {@code b} is an ASCII character of the class of {@link #isParamValue(int)}.
     *
     * @param b the byte
     * @return {@code true} if it is in the class; never for bytes of multi-byte UTF-8 characters
     */
    public static boolean isParamValue(byte b) {
        return PARAM_VALUE[b & 0xFF];
    }

    /**
     * Tells whether {@code c} is an ASCII digit.
     *
     * @param c the character
     * @return {@code true} for {@code 0}-{@code 9}
     */
    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns the value of a hexadecimal digit.
     *
     * @param c the character
     * @return 0-15, or -1 if {@code c} is not a hexadecimal digit
     */
    public static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Tells whether every character of {@code s} is a token character (and there is at least one).
     *
     * @param s the text
     * @return {@code true} if {@code s} is a non-empty token
     */
    public static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isToken(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
