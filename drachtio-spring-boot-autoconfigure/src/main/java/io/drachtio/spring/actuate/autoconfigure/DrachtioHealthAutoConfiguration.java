package io.drachtio.spring.actuate.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.actuate.health.DrachtioHealthContributor;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * The {@code drachtio} health group (one indicator per connection) when Spring Boot's health support is
 * present; off with {@code management.health.drachtio.enabled=false}.
 */
@AutoConfiguration(after = DrachtioAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(DrachtioClient.class)
@ConditionalOnEnabledHealthIndicator("drachtio")
public class DrachtioHealthAutoConfiguration {

    /**
     * @param client the client
     * @return the health group, shown as {@code drachtio}
     */
    @Bean
    @ConditionalOnMissingBean(name = "drachtioHealthContributor")
    public DrachtioHealthContributor drachtioHealthContributor(DrachtioClient client) {
        return new DrachtioHealthContributor(client);
    }
}
