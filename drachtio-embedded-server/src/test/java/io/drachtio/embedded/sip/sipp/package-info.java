/** Interop tests that drive sipp over loopback UDP and TCP against a running stack. */
package io.drachtio.embedded.sip.sipp;
