/**
 * The drachtio control protocol ("wire protocol") codec, for both sides of the connection.
 *
 * <p>A drachtio connection carries frames of the form {@code <decimal byte length>#<payload>} in
 * both directions. This package cuts and writes those frames ({@link io.drachtio.wire.FrameDecoder},
 * {@link io.drachtio.wire.FrameEncoder}), turns payloads into typed messages and back, and offers
 * the Netty handlers that put the pieces into a pipeline ({@link io.drachtio.wire.WirePipeline}).
 *
 * <ul>
 *   <li>Client side (an application talking to drachtio-server): it sends
 *       {@link io.drachtio.wire.ClientCommand}s ({@link io.drachtio.wire.ClientCommandEncoder}) and
 *       receives {@link io.drachtio.wire.ServerMessage}s ({@link io.drachtio.wire.ServerMessageDecoder}).</li>
 *   <li>Server side (an in-JVM fake server): it receives commands
 *       ({@link io.drachtio.wire.ClientCommandDecoder}) and sends server messages
 *       ({@link io.drachtio.wire.ServerMessageEncoder}), built with the layout factories of
 *       {@link io.drachtio.wire.Reply}, {@link io.drachtio.wire.SipEvent} and
 *       {@link io.drachtio.wire.CdrEvent}.</li>
 * </ul>
 *
 * <p>The SIP part of a payload is carried as raw bytes; parsing SIP is not this package's job.
 * Every malformed input is reported as a {@link io.drachtio.wire.DrachtioProtocolException} (or a
 * subclass) that names the offending frame; the shared secret of {@code authenticate} never appears
 * in an exception, a log line or a {@code toString()}.
 */
package io.drachtio.wire;
