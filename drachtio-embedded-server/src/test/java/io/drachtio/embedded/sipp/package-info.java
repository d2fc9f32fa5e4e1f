/**
 * Test support shared through the module's test jar: running sipp scenarios over loopback UDP and TCP.
 */
package io.drachtio.embedded.sipp;
