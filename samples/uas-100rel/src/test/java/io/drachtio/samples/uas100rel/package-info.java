/** Tests of the 100rel UAS sample on the drachtio test kit, with the calls' timer on virtual time. */
package io.drachtio.samples.uas100rel;
