/**
 * {@link io.drachtio.spring.template.DrachtioTemplate}: sending SIP requests and proxying from anywhere
 * in a Spring application.
 */
package io.drachtio.spring.template;
