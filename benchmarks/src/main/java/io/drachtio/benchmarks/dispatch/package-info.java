/**
 * JMH benchmarks of the Spring Boot starter: a request frame in, through the client and the
 * {@code @SipController} dispatcher, a response frame out; and the hand-off to the dispatcher
 * executor that blocking handlers pay on top. Built by every verify, run by hand (see
 * benchmarks/README.md).
 */
package io.drachtio.benchmarks.dispatch;
