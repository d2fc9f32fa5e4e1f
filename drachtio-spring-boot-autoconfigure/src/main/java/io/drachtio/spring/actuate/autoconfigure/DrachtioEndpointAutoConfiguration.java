package io.drachtio.spring.actuate.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.actuate.endpoint.DrachtioEndpoint;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.drachtio.spring.mapping.SipHandlerRegistry;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code drachtio} Actuator endpoint, when Actuator is present and the endpoint is available
 * (accessible and exposed, e.g. {@code management.endpoints.web.exposure.include=drachtio}), and the
 * masking of the drachtio secrets in the {@code env} and {@code configprops} endpoints.
 */
@AutoConfiguration(after = DrachtioAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean({DrachtioClient.class, SipHandlerRegistry.class})
public class DrachtioEndpointAutoConfiguration {

    /**
     * @param client   the client
     * @param registry the handler mappings
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(DrachtioEndpoint.class)
    public DrachtioEndpoint drachtioEndpoint(DrachtioClient client, SipHandlerRegistry registry) {
        return new DrachtioEndpoint(client, registry);
    }

    /**
     * Masks every property whose (lower-case) name starts with {@code drachtio} and ends with
     * {@code secret} — {@code drachtio.secret}, {@code drachtio.servers[0].secret}, {@code DRACHTIO_SECRET} —
     * in the {@code env} and {@code configprops} endpoints even when they are told to show values.
     *
     * @return the sanitizing function
     */
    @Bean
    @ConditionalOnMissingBean(name = "drachtioSecretSanitizingFunction")
    public SanitizingFunction drachtioSecretSanitizingFunction() {
        return SanitizingFunction.sanitizeValue().ifMatches(data -> {
            String key = data.getLowerCaseKey();
            return key.startsWith("drachtio") && key.endsWith("secret");
        });
    }
}
