/**
 * The control side of the embedded server: the drachtio control protocol (commands from the
 * application, {@code sip} events, replies, CDRs) glued onto the real SIP stack of
 * {@code io.drachtio.embedded.sip}. The connection-level commands, frames, route table and CDR emitter
 * are the test server's ({@code io.drachtio.testserver.engine.ControlPlane}); what this package adds is
 * the mapping between control messages and the stack's {@code SipCore} operations and
 * {@code TransactionUser} callbacks. Everything runs on the stack's single event loop. Internal to the
 * embedded server; not an application API.
 */
package io.drachtio.embedded.control;
