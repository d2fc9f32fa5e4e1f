/**
 * Spring application events of the drachtio client: connection events, call detail records and
 * unsolicited requests, published off the event loop by
 * {@link io.drachtio.spring.event.DrachtioEventPublisher}.
 */
package io.drachtio.spring.event;
