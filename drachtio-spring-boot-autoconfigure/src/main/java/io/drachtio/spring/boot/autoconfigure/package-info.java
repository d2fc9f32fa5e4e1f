/**
 * Spring Boot auto-configuration of drachtio SIP applications: {@code drachtio.*} properties, the
 * client built from them, the handler dispatcher, the template, events and the lifecycle.
 */
package io.drachtio.spring.boot.autoconfigure;
