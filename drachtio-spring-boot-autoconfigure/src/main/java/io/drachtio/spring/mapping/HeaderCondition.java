package io.drachtio.spring.mapping;

import io.drachtio.sip.SipRequest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A condition on the first value of one header, parsed once from the expressions of
 * {@link io.drachtio.spring.annotation.SipRequestMapping#headers()}.
 */
public final class HeaderCondition implements RequestCondition {

    /** What is checked. */
    public enum Kind {
        /** The header is present. */
        PRESENT,
        /** The header is absent. */
        ABSENT,
        /** The first value equals a text exactly. */
        EQUALS,
        /** The first value matches a regular expression entirely. */
        MATCHES
    }

    private final String header;
    private final Kind kind;
    private final String value;
    private final Pattern pattern;

    private HeaderCondition(String header, Kind kind, String value, Pattern pattern) {
        this.header = header;
        this.kind = kind;
        this.value = value;
        this.pattern = pattern;
    }

    /**
     * Parses {@code Name}, {@code !Name}, {@code Name=value} or {@code Name~=regex}.
     *
     * @param expression the expression
     * @return the condition
     * @throws IllegalArgumentException when the expression has no header name or an invalid regex
     */
    public static HeaderCondition parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        int regex = expression.indexOf("~=");
        int equals = expression.indexOf('=');
        HeaderCondition condition;
        if (regex > 0 && regex < equals) {
            String body = expression.substring(regex + 2).trim();
            condition = new HeaderCondition(name(expression.substring(0, regex), expression), Kind.MATCHES, body,
                    Pattern.compile(body));
        } else if (equals >= 0) {
            condition = new HeaderCondition(name(expression.substring(0, equals), expression), Kind.EQUALS,
                    expression.substring(equals + 1).trim(), null);
        } else if (expression.startsWith("!")) {
            condition = new HeaderCondition(name(expression.substring(1), expression), Kind.ABSENT, null, null);
        } else {
            condition = new HeaderCondition(name(expression, expression), Kind.PRESENT, null, null);
        }
        return condition;
    }

    private static String name(String text, String expression) {
        String name = text.trim();
        if (name.isEmpty() || name.indexOf(' ') >= 0 || name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("header condition '" + expression + "' does not start with a header name");
        }
        return name;
    }

    /** @return the header name as written */
    public String header() {
        return header;
    }

    /** @return what is checked */
    public Kind kind() {
        return kind;
    }

    @Override
    public boolean matches(SipRequest request) {
        String actual = request.header(header);
        return switch (kind) {
            case PRESENT -> actual != null;
            case ABSENT -> actual == null;
            case EQUALS -> value.equals(actual);
            case MATCHES -> actual != null && pattern.matcher(actual).matches();
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PRESENT -> header;
            case ABSENT -> "!" + header;
            case EQUALS -> header + "=" + value;
            case MATCHES -> header + "~=" + value;
        };
    }
}
