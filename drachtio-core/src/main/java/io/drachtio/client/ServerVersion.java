package io.drachtio.client;

/**
 * A drachtio server version as {@code v<major>.<minor>.<patch>} (a suffix such as
 * {@code -1-g9c2dd4cb6a} is ignored). Versions without the leading {@code v} or otherwise
 * unparseable are {@link #UNKNOWN} and never satisfy {@link #atLeast}.
 *
 * @param major major number, -1 when unknown
 * @param minor minor number
 * @param patch patch number
 */
public record ServerVersion(int major, int minor, int patch) {

    /** An unparseable or missing version. */
    public static final ServerVersion UNKNOWN = new ServerVersion(-1, 0, 0);

    /**
     * @param text the version string from the server, may be {@code null}
     * @return the parsed version, or {@link #UNKNOWN}
     */
    public static ServerVersion parse(String text) {
        if (text == null || text.length() < 6 || text.charAt(0) != 'v') {
            return UNKNOWN;
        }
        int[] parts = new int[3];
        int pos = 1;
        for (int i = 0; i < 3; i++) {
            int start = pos;
            int value = 0;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 6) {
                value = value * 10 + (text.charAt(pos) - '0');
                pos++;
            }
            if (pos == start) {
                return UNKNOWN;
            }
            parts[i] = value;
            if (i < 2) {
                if (pos >= text.length() || text.charAt(pos) != '.') {
                    return UNKNOWN;
                }
                pos++;
            }
        }
        return new ServerVersion(parts[0], parts[1], parts[2]);
    }

    /**
     * @param maj minimum major
     * @param min minimum minor
     * @param pat minimum patch
     * @return {@code true} when known and at least that version
     */
    public boolean atLeast(int maj, int min, int pat) {
        if (major < 0) {
            return false;
        }
        if (major != maj) {
            return major > maj;
        }
        if (minor != min) {
            return minor > min;
        }
        return patch >= pat;
    }
}
