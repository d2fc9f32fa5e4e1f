package io.drachtio.spring.mapping;

import io.drachtio.sip.SipRequest;
import java.util.regex.Pattern;

/**
 * The whole Request-URI (raw text) matches a regular expression compiled at start-up.
 *
 * @param pattern the compiled expression
 */
public record RequestUriCondition(Pattern pattern) implements RequestCondition {

    @Override
    public boolean matches(SipRequest request) {
        return pattern.matcher(request.requestUri()).matches();
    }

    @Override
    public String toString() {
        return "requestUri ~= " + pattern.pattern();
    }
}
