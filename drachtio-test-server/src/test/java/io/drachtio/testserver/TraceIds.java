package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated values of a recorded trace and of the test server's run side by side: transaction
 * and message ids, Call-IDs, tags, branches, CSeq and RSeq numbers (and times, which are only
 * masked). Comparing a recorded server frame with the actual one learns which actual value stands
 * for which recorded one, checks that the mapping stays consistent, and requires everything else
 * to be equal byte for byte. Recorded client frames and recorded network messages are translated
 * with the mapping before they are sent.
 */
final class TraceIds {

    private static final Pattern TOKEN = Pattern.compile(
            "branch=(?<branch>z9hG4bK[^;,\\s>]*)"
            + "|tag=(?<tag>[A-Za-z0-9]+)"
            + "|(?i:rack): (?<rackrseq>\\d+) (?<rackcseq>\\d+)"
            + "|RSeq: (?<rseq>\\d+)"
            + "|(?i:cseq): (?<cseq>\\d+)"
            + "|(?<time>\\d{2}:\\d{2}:\\d{2}\\.\\d{6})"
            + "|(?<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final String[] KINDS = {"branch", "tag", "rackrseq", "rackcseq", "rseq", "cseq", "time", "uuid"};
    private static final String TIME_MASK = "<time>";

    private final Map<String, String> actualByRecorded = new HashMap<>();
    private long cseqOffset;
    private boolean cseqOffsetKnown;

    /**
     * Asserts that an actual server payload equals the recorded one up to generated values, and
     * learns the mapping of those values.
     */
    synchronized void assertMatches(String recorded, String actual, Object frame) {
        List<Token> expectedTokens = tokens(recorded);
        List<Token> actualTokens = tokens(actual);
        assertThat(kinds(actualTokens)).as("generated values in %s%nexpected:%n%s%nactual:%n%s", frame,
                recorded, actual).isEqualTo(kinds(expectedTokens));
        for (int i = 0; i < expectedTokens.size(); i++) {
            learn(expectedTokens.get(i), actualTokens.get(i).value(), frame);
        }
        assertThat(maskTimes(actual)).as("frame %s", frame).isEqualTo(maskTimes(translate(recorded)));
    }

    /** Records that an actual value stands for a recorded one (e.g. a branch seen elsewhere). */
    synchronized void bind(String recorded, String actual) {
        String previous = actualByRecorded.putIfAbsent(recorded, actual);
        assertThat(previous == null || previous.equals(actual))
                .as("recorded value %s stands for both %s and %s", recorded, previous, actual).isTrue();
    }

    /** Returns the actual value that stands for a recorded one (the recorded one when unknown). */
    synchronized String actual(String recorded) {
        return actualByRecorded.getOrDefault(recorded, recorded);
    }

    /** Translates recorded text (client frame or network message) to the values of this run. */
    synchronized String translate(String recorded) {
        Matcher matcher = TOKEN.matcher(recorded);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            for (String kind : KINDS) {
                int start = matcher.start(kind);
                if (start < 0) {
                    continue;
                }
                out.append(recorded, last, start).append(translateValue(kind, matcher.group(kind)));
                last = matcher.end(kind);
            }
        }
        return out.append(recorded.substring(last)).toString();
    }

    private String translateValue(String kind, String value) {
        String known = actualByRecorded.get(value);
        if (known != null || "time".equals(kind)) {
            return known != null ? known : value;
        }
        if (cseqOffsetKnown && kind.endsWith("cseq") && value.length() == 9) {
            return Long.toString(Long.parseLong(value) + cseqOffset);
        }
        return value;
    }

    private void learn(Token expected, String actual, Object frame) {
        if ("time".equals(expected.kind())) {
            return;
        }
        String previous = actualByRecorded.putIfAbsent(expected.value(), actual);
        assertThat(previous == null || previous.equals(actual))
                .as("in %s the recorded %s %s was %s before and is %s now", frame, expected.kind(), expected.value(),
                        previous, actual).isTrue();
        if (expected.kind().endsWith("cseq") && expected.value().length() == 9) {
            cseqOffset = Long.parseLong(actual) - Long.parseLong(expected.value());
            cseqOffsetKnown = true;
        }
    }

    private static String maskTimes(String text) {
        return text.replaceAll("\\d{2}:\\d{2}:\\d{2}\\.\\d{6}", TIME_MASK);
    }

    private static List<String> kinds(List<Token> tokens) {
        return tokens.stream().map(Token::kind).toList();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            for (String kind : KINDS) {
                if (matcher.group(kind) != null) {
                    tokens.add(new Token(kind, matcher.group(kind)));
                }
            }
        }
        return tokens;
    }

    private record Token(String kind, String value) {
    }
}
