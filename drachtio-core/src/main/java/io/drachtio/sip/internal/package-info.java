/**
 * Building blocks shared by the SIP parsers: character classes, a value cursor, parameter maps and
 * {@code %}-escaping. Not part of the public API; the types here may change without notice.
 */
package io.drachtio.sip.internal;
