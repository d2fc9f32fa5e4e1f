package io.drachtio.benchmarks.dispatch;

import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import reactor.core.publisher.Mono;

/**
 * The application the dispatch benchmark runs: the drachtio auto-configuration (the client is built
 * but not started), one {@code @Options} handler answering {@code 200}, a dispatcher executor that
 * runs tasks on the calling thread, and optionally an observation registry timing each request.
 */
final class DispatchApplication {

    private DispatchApplication() {
    }

    /**
     * @param reactive {@code true} for the handler returning {@code Mono<Integer>}, {@code false} for the
     *                 one returning {@code int}
     * @return the refreshed context
     */
    static AnnotationConfigApplicationContext start(boolean reactive) {
        return start(reactive, null);
    }

    /**
     * @param reactive {@code true} for the handler returning {@code Mono<Integer>}, {@code false} for the
     *                 one returning {@code int}
     * @param meters   when not {@code null}: an {@link ObservationRegistry} recording the observation of each
     *                 handled request as a timer in this registry
     * @return the refreshed context
     */
    static AnnotationConfigApplicationContext start(boolean reactive, MeterRegistry meters) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark",
                Map.of("drachtio.secret", "benchmark", "drachtio.lifecycle.auto-startup", "false")));
        context.register(Wiring.class, reactive ? ReactiveHandler.class : BlockingHandler.class);
        if (meters != null) {
            ObservationRegistry observations = ObservationRegistry.create();
            observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            context.registerBean(ObservationRegistry.class, () -> observations);
        }
        context.refresh();
        return context;
    }

    /** The auto-configuration plus the caller-runs dispatcher executor. */
    @Configuration(proxyBeanMethods = false)
    @Import(DrachtioAutoConfiguration.class)
    static class Wiring {

        /** @return an executor that runs each task on the calling thread */
        @Bean(name = "drachtioDispatcherExecutor")
        Executor drachtioDispatcherExecutor() {
            return Runnable::run;
        }
    }

    /** Answers OPTIONS with a plain status. */
    @SipController
    static class BlockingHandler {

        /** @return 200 */
        @Options
        int ok() {
            return 200;
        }
    }

    /** Answers OPTIONS with a status in a {@code Mono}. */
    @SipController
    static class ReactiveHandler {

        /** @return 200, already resolved */
        @Options
        Mono<Integer> ok() {
            return Mono.just(200);
        }
    }
}
