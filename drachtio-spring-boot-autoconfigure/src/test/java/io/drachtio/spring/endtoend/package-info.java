/**
 * End-to-end tests of the starter: Spring Boot applications connected over real sockets to the in-JVM
 * drachtio test server, which plays the SIP network — handlers, arguments, return values, errors,
 * filters, default answers, per-Call-ID order, application events, the template, overload and the
 * lifecycle (graceful shutdown, stop and start).
 */
package io.drachtio.spring.endtoend;
