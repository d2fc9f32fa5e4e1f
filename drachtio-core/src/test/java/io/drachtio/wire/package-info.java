/**
 * Tests of the drachtio wire protocol codec: real bytes through real Netty pipelines, every frame of
 * the recorded traces, malformed and random input.
 */
package io.drachtio.wire;
