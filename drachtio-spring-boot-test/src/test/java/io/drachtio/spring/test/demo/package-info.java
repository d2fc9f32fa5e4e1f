/** A small SIP application, the subject of the test kit's own tests. */
package io.drachtio.spring.test.demo;
