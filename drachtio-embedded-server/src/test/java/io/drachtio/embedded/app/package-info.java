/**
 * The embedded server end to end: sipp on one side over loopback UDP and TCP, an application on the
 * control protocol ({@code DrachtioClient}) on the other.
 */
package io.drachtio.embedded.app;
