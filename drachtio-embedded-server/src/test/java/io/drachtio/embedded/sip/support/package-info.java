/** Test support: real SIP text, a recording transport, the test transaction user, a virtual-clock core. */
package io.drachtio.embedded.sip.support;
