package io.drachtio.spring.test.assertj;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.header.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the headers and the body of a SIP message, shared by requests and responses. A
 * failure message shows the whole message.
 *
 * @param <S> the concrete assertion type
 * @param <M> the message type
 */
public abstract class AbstractSipMessageAssert<S extends AbstractSipMessageAssert<S, M>, M extends SipMessage>
        extends AbstractAssert<S, M> {

    /**
     * Creates the assertion.
     *
     * @param actual   the message
     * @param selfType the concrete assertion type
     */
    protected AbstractSipMessageAssert(M actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the message has a header (by full or compact name, any case).
     *
     * @param name the header name
     * @return this assertion
     */
    public S hasHeader(String name) {
        isNotNull();
        if (!actual.hasHeader(name)) {
            failWithMessage("Expected a %s header in%n%s", name, actual);
        }
        return myself;
    }

    /**
     * Verifies that one of the values of a header equals {@code value}.
     *
     * @param name  the header name
     * @param value the expected value
     * @return this assertion
     */
    public S hasHeader(String name, String value) {
        List<String> values = values(name);
        if (!values.contains(value)) {
            failWithMessage("Expected %s: %s but the message has %s in%n%s", name, value, describe(values), actual);
        }
        return myself;
    }

    /**
     * Verifies that one of the values of a header contains {@code fragment}.
     *
     * @param name     the header name
     * @param fragment the expected part of the value
     * @return this assertion
     */
    public S hasHeaderContaining(String name, String fragment) {
        List<String> values = values(name);
        for (String value : values) {
            if (value.contains(fragment)) {
                return myself;
            }
        }
        failWithMessage("Expected a %s header containing \"%s\" but the message has %s in%n%s", name, fragment,
                describe(values), actual);
        return myself;
    }

    /**
     * Verifies that the message has no such header.
     *
     * @param name the header name
     * @return this assertion
     */
    public S doesNotHaveHeader(String name) {
        isNotNull();
        if (actual.hasHeader(name)) {
            failWithMessage("Expected no %s header but found %s in%n%s", name, actual.headerValues(name), actual);
        }
        return myself;
    }

    /**
     * Verifies the media type of the body ({@code Content-Type} without parameters, any case).
     *
     * @param mediaType e.g. {@code application/sdp}
     * @return this assertion
     */
    public S hasContentType(String mediaType) {
        isNotNull();
        ContentType type;
        try {
            type = actual.contentType();
        } catch (SipParseException e) {
            failWithMessage("Expected Content-Type %s but the header does not parse (%s) in%n%s", mediaType,
                    e.getMessage(), actual);
            return myself;
        }
        if (type == null || !type.mediaType().equalsIgnoreCase(mediaType.toLowerCase(Locale.ROOT))) {
            failWithMessage("Expected Content-Type %s but was %s in%n%s", mediaType,
                    type == null ? "none" : type.mediaType(), actual);
        }
        return myself;
    }

    /**
     * Verifies the body text (UTF-8).
     *
     * @param text the expected body
     * @return this assertion
     */
    public S hasBody(String text) {
        isNotNull();
        if (!body().equals(text)) {
            failWithMessage("Expected the body%n%s%nbut was%n%s", text, body());
        }
        return myself;
    }

    /**
     * Verifies that the body text contains {@code fragment}.
     *
     * @param fragment the expected part of the body
     * @return this assertion
     */
    public S hasBodyContaining(String fragment) {
        isNotNull();
        if (!body().contains(fragment)) {
            failWithMessage("Expected the body to contain \"%s\" but it was%n%s", fragment, body());
        }
        return myself;
    }

    /**
     * Verifies that the message has no body.
     *
     * @return this assertion
     */
    public S hasNoBody() {
        isNotNull();
        if (actual.bodyLength() != 0) {
            failWithMessage("Expected no body but found %d bytes in%n%s", actual.bodyLength(), actual);
        }
        return myself;
    }

    /**
     * Verifies the Call-ID.
     *
     * @param callId the expected Call-ID
     * @return this assertion
     */
    public S hasCallId(String callId) {
        isNotNull();
        return hasPart("Call-ID", callId, actual.callId());
    }

    /**
     * Verifies that a part of the message (start line field or header) is the expected text.
     *
     * @param part        what the part is, for the failure message, e.g. {@code Call-ID}
     * @param expected    the expected text
     * @param actualValue the part as the message has it, or {@code null}
     * @return this assertion
     */
    protected S hasPart(String part, String expected, String actualValue) {
        if (!expected.equals(actualValue)) {
            failWithMessage("Expected %s %s but was %s", part, expected, actualValue);
        }
        return myself;
    }

    private List<String> values(String name) {
        isNotNull();
        return actual.headerValues(name);
    }

    private String body() {
        return new String(actual.body(), StandardCharsets.UTF_8);
    }

    private static String describe(List<String> values) {
        return values.isEmpty() ? "no such header" : values.toString();
    }
}
