/** Test support: the RFC 4475 torture messages sent over UDP to a running stack or embedded server. */
package io.drachtio.embedded.torture;
