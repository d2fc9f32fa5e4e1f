package io.drachtio.spring.mapping;

import io.drachtio.sip.SipRequest;

/** One condition of a handler mapping, prepared at start-up and checked against each request. */
@FunctionalInterface
public interface RequestCondition {

    /**
     * @param request the request
     * @return {@code true} when the request satisfies this condition
     */
    boolean matches(SipRequest request);
}
