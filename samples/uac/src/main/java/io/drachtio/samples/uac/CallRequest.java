package io.drachtio.samples.uac;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.uri.SipUri;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.boot.convert.DurationStyle;

/**
 * A call to place: {@code to} (a SIP URI), how long it lasts once answered, and when to give up if
 * unanswered. Durations are written like Spring Boot properties: {@code 10s}, {@code 500ms},
 * {@code PT1M}.
 *
 * @param to          the SIP URI to call
 * @param duration    how long the answered call lasts before our BYE
 * @param cancelAfter when to CANCEL the call if still unanswered; {@code null} to wait for the far end
 */
public record CallRequest(String to, Duration duration, Duration cancelAfter) {

    /**
     * Reads the fields of a JSON body or a form.
     *
     * @param field           the value of a field by name ({@code to}, {@code duration}, {@code cancel-after}),
     *                        {@code null} when absent
     * @param defaultDuration the duration when none is given
     * @return the request
     * @throws InvalidCallRequestException naming the field that is missing or malformed
     */
    public static CallRequest from(Function<String, String> field, Duration defaultDuration) {
        String to = field.apply("to");
        if (to == null || to.isBlank()) {
            throw new InvalidCallRequestException("'to' is required: the SIP URI to call");
        }
        try {
            SipUri.parse(to.trim());
        } catch (SipParseException notSip) {
            throw new InvalidCallRequestException("'to' is not a SIP URI: " + notSip.getMessage());
        }
        Duration duration = durationOf("duration", field.apply("duration"));
        return new CallRequest(to.trim(), duration != null ? duration : defaultDuration,
                durationOf("cancel-after", field.apply("cancel-after")));
    }

    private static Duration durationOf(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration value;
        try {
            value = DurationStyle.detectAndParse(text.trim());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidCallRequestException("'" + name + "' is not a duration such as 10s or PT10S: " + text);
        }
        if (value.isNegative() || value.isZero()) {
            throw new InvalidCallRequestException("'" + name + "' must be positive: " + text);
        }
        return value;
    }
}
