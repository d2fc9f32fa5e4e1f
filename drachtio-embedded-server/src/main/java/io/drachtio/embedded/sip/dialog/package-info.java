/**
 * SIP dialogs (RFC 3261 §12): created by 2xx and reliable 1xx responses to INVITE, identified drachtio's
 * way ({@code <Call-ID>;from-tag=<tag>}), with route set, remote target and CSeq numbering, and the
 * building of in-dialog requests from them.
 */
package io.drachtio.embedded.sip.dialog;
