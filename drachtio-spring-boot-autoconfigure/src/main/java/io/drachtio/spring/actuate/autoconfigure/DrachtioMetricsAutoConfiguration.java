package io.drachtio.spring.actuate.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.actuate.metrics.DrachtioClientMeterBinder;
import io.drachtio.spring.actuate.metrics.DrachtioClientMetrics;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The {@code drachtio.*} meters when a Micrometer {@link MeterRegistry} is present: the client's traffic
 * (an observer added to the client) and the gauges read from the client.
 */
@AutoConfiguration(after = {MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
        DrachtioAutoConfiguration.class})
@ConditionalOnClass({MeterRegistry.class, MetricsAutoConfiguration.class})
@ConditionalOnBean({MeterRegistry.class, DrachtioClient.class})
public class DrachtioMetricsAutoConfiguration {

    /**
     * @param registry the registry
     * @return the observer recording the client's traffic (added to the client like every
     *         {@link io.drachtio.client.ClientObserver} bean)
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioClientMetrics drachtioClientMetrics(MeterRegistry registry) {
        return new DrachtioClientMetrics(registry);
    }

    /**
     * @param client the client
     * @return the gauges read from the client
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioClientMeterBinder drachtioClientMeterBinder(DrachtioClient client) {
        return new DrachtioClientMeterBinder(client);
    }
}
