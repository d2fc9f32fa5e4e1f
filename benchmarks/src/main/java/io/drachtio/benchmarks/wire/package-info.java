/**
 * JMH benchmarks of the drachtio wire protocol codec ({@code io.drachtio.wire}).
 */
package io.drachtio.benchmarks.wire;
