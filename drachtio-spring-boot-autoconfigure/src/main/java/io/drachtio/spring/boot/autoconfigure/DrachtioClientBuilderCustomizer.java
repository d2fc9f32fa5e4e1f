package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.DrachtioClient;

/**
 * Changes the builder of the auto-configured {@link DrachtioClient} before it is built (for example
 * to add an observer or extra routes). Customizer beans are applied in {@code @Order}.
 */
@FunctionalInterface
public interface DrachtioClientBuilderCustomizer {

    /** @param builder the builder, already configured from the properties and handlers */
    void customize(DrachtioClient.Builder builder);
}
