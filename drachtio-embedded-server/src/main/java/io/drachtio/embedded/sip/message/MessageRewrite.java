package io.drachtio.embedded.sip.message;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageBuilder;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a new message from an existing one with some headers replaced, removed or added, keeping the
 * order of the others and the body. Replaced headers take the place of their first occurrence, one line
 * per value (a replaced Via that did not exist goes first, other new headers go last). Content-Length is
 * recomputed by the builder.
 */
public final class MessageRewrite {

    private final SipMessage source;
    private final Map<String, List<String>> replacements = new LinkedHashMap<>();
    private final List<SipHeader> additions = new ArrayList<>();

    private MessageRewrite(SipMessage source) {
        this.source = source;
    }

    /**
     * Starts a rewrite of a message; the source is not changed.
     *
     * @param source the message to copy
     * @return the rewrite
     */
    public static MessageRewrite of(SipMessage source) {
        return new MessageRewrite(source);
    }

    /**
     * Replaces every line of a header with the given values (an empty list removes the header).
     *
     * @param name   the header name (compact or long form, any case)
     * @param values the new values, one line each
     * @return this rewrite
     */
    public MessageRewrite replace(String name, List<String> values) {
        replacements.put(key(name), List.copyOf(values));
        return this;
    }

    /**
     * Replaces a header with a single value.
     *
     * @param name  the header name
     * @param value the value
     * @return this rewrite
     */
    public MessageRewrite set(String name, String value) {
        return replace(name, List.of(value));
    }

    /**
     * Removes every line of a header.
     *
     * @param name the header name
     * @return this rewrite
     */
    public MessageRewrite remove(String name) {
        return replace(name, List.of());
    }

    /**
     * Puts a value in front of the existing values of a header (a new top Via, a new Record-Route).
     *
     * @param name  the header name
     * @param value the value to put first
     * @return this rewrite
     */
    public MessageRewrite prepend(String name, String value) {
        List<String> values = new ArrayList<>();
        values.add(value);
        values.addAll(current(name));
        return replace(name, values);
    }

    /**
     * Drops the first value of a header (the top Route, the top Via).
     *
     * @param name the header name
     * @return this rewrite
     */
    public MessageRewrite dropFirst(String name) {
        List<String> values = current(name);
        return replace(name, values.isEmpty() ? values : values.subList(1, values.size()));
    }

    /**
     * Appends a header line at the end.
     *
     * @param name  the header name as it should be written
     * @param value the value
     * @return this rewrite
     */
    public MessageRewrite add(String name, String value) {
        additions.add(new SipHeader(name, value));
        return this;
    }

    private List<String> current(String name) {
        List<String> replaced = replacements.get(key(name));
        return replaced != null ? replaced : source.headerValues(name);
    }

    /**
     * Builds a request.
     *
     * @param method     the method
     * @param requestUri the Request-URI
     * @return the new request
     */
    public SipRequest toRequest(String method, String requestUri) {
        return fill(SipRequest.builder(method, requestUri)).build();
    }

    /**
     * Builds a request with the source's method and Request-URI.
     *
     * @return the new request
     * @throws ClassCastException when the source is a response
     */
    public SipRequest toRequest() {
        SipRequest request = (SipRequest) source;
        return toRequest(request.method(), request.requestUri());
    }

    /**
     * Builds a response with the source's status and reason.
     *
     * @return the new response
     * @throws ClassCastException when the source is a request
     */
    public SipResponse toResponse() {
        SipResponse response = (SipResponse) source;
        return fill(SipResponse.builder(response.status()).reason(response.reason())).build();
    }

    /** Puts the rewritten headers and the source's body into a builder. */
    private <B extends SipMessageBuilder<B>> B fill(B builder) {
        for (SipHeader header : headers()) {
            builder.header(header.name(), header.value());
        }
        byte[] body = source.body();
        if (body.length > 0) {
            builder.body(body);
        }
        return builder;
    }

    private List<SipHeader> headers() {
        List<SipHeader> out = new ArrayList<>(source.headers().size() + additions.size() + 2);
        Set<String> emitted = new HashSet<>();
        String via = key(HeaderNames.VIA);
        if (replacements.containsKey(via) && !source.hasHeader(HeaderNames.VIA)) {
            emit(out, HeaderNames.VIA, replacements.get(via));
            emitted.add(via);
        }
        for (SipHeader header : source.headers()) {
            String name = key(header.name());
            if (name.equals(key(HeaderNames.CONTENT_LENGTH))) {
                continue;
            }
            List<String> replacement = replacements.get(name);
            if (replacement == null) {
                out.add(header);
            } else if (emitted.add(name)) {
                emit(out, header.name(), replacement);
            }
        }
        for (Map.Entry<String, List<String>> replacement : replacements.entrySet()) {
            if (emitted.add(replacement.getKey())) {
                emit(out, HeaderNames.canonical(replacement.getKey()), replacement.getValue());
            }
        }
        out.addAll(additions);
        return out;
    }

    private static void emit(List<SipHeader> out, String name, List<String> values) {
        String canonical = HeaderNames.canonical(name);
        for (String value : values) {
            out.add(new SipHeader(canonical, value));
        }
    }

    private static String key(String name) {
        return HeaderNames.canonical(name).toLowerCase(Locale.ROOT);
    }
}
