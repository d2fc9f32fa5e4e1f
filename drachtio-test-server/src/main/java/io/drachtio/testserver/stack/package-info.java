/**
 * The SIP text the emulated drachtio-server produces and reads: how it parses the SIP part of a
 * client's {@code sip} command (§4.1, §10.1), which header names it knows and in which order its
 * SIP stack writes them (§10.3, §10.7), how it re-encodes values, the identifiers it generates
 * (tags, branches, Call-IDs, CSeq and RSeq numbers) and the messages it or a simulated far end
 * builds. Internal to the test server; not an API.
 */
package io.drachtio.testserver.stack;
