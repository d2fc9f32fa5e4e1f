package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.dispatch.CallIdSerialExecutor;
import io.drachtio.spring.dispatch.DispatcherExecutor;
import io.drachtio.spring.dispatch.SipDispatcher;
import io.drachtio.spring.event.CdrListenerDetector;
import io.drachtio.spring.event.DrachtioEventPublisher;
import io.drachtio.spring.template.DrachtioTemplate;
import io.drachtio.wire.CdrKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of a drachtio SIP application: the {@link DrachtioClient} built from
 * {@code drachtio.*} with the {@code @SipController} dispatcher as its request handler, the
 * {@link DrachtioTemplate}, application events and the lifecycle. Active unless
 * {@code drachtio.enabled=false}; every bean backs off when the application declares its own.
 */
@AutoConfiguration(after = SslAutoConfiguration.class)
@ConditionalOnProperty(prefix = "drachtio", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(DrachtioProperties.class)
@Import(DrachtioHandlerConfiguration.class)
public class DrachtioAutoConfiguration {

    /**
     * @param properties the properties
     * @param sslBundles the SSL bundles, when SSL auto-configuration is active
     * @return the connection settings the client is built from
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioClientSettings drachtioClientSettings(DrachtioProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        return new DrachtioClientSettingsFactory(properties, sslBundles.getIfAvailable()).create();
    }

    /**
     * @param publisher the application's event publisher
     * @param executor  the dispatcher executor (listeners run there, off the event loop)
     * @return the bridge from client events to application events
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioEventPublisher drachtioEventPublisher(ApplicationEventPublisher publisher,
            DispatcherExecutor executor) {
        return new DrachtioEventPublisher(publisher, new CallIdSerialExecutor(executor));
    }

    /**
     * @param settings    the connections
     * @param dispatcher  handles delivered requests
     * @param events      receives CDRs and unsolicited requests
     * @param properties  the properties (CDR kinds)
     * @param beanFactory scanned for CDR listeners
     * @param observers   the observer beans (meters, tracing), all added in order
     * @param customizers builder customizers
     * @return the client (started by the lifecycle)
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public DrachtioClient drachtioClient(DrachtioClientSettings settings, SipDispatcher dispatcher,
            DrachtioEventPublisher events, DrachtioProperties properties, ListableBeanFactory beanFactory,
            ObjectProvider<ClientObserver> observers, ObjectProvider<DrachtioClientBuilderCustomizer> customizers) {
        DrachtioClient.Builder builder = DrachtioClient.builder();
        settings.connections().forEach(builder::connection);
        if (settings.outbound() != null) {
            builder.outbound(settings.outbound());
        }
        dispatcher.registry().routedVerbs().forEach(builder::route);
        builder.requestHandler(dispatcher);
        builder.unsolicitedListener(events);
        Set<CdrKind> kinds = properties.getCdr().getKinds().isEmpty() ? CdrListenerDetector.detect(beanFactory)
                : EnumSet.copyOf(properties.getCdr().getKinds());
        if (!kinds.isEmpty()) {
            builder.cdrListener(events, kinds.toArray(CdrKind[]::new));
        }
        observers.orderedStream().forEach(builder::observer);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * @param client the client
     * @return the template
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioTemplate drachtioTemplate(DrachtioClient client) {
        return new DrachtioTemplate(client);
    }

    /**
     * @param client      the client
     * @param events      publishes connection events
     * @param properties  the lifecycle properties
     * @param environment reads {@code spring.lifecycle.timeout-per-shutdown-phase}
     * @return the lifecycle
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioLifecycle drachtioLifecycle(DrachtioClient client, DrachtioEventPublisher events,
            DrachtioProperties properties, Environment environment) {
        Duration grace = properties.getLifecycle().getShutdownGrace();
        if (grace == null) {
            grace = Binder.get(environment).bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
                    .orElse(Duration.ofSeconds(30));
        }
        return new DrachtioLifecycle(client, events, properties.getLifecycle(), grace);
    }
}
