package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.bind.BodyArgumentResolver;
import io.drachtio.spring.bind.CallIdArgumentResolver;
import io.drachtio.spring.bind.DrachtioClientArgumentResolver;
import io.drachtio.spring.bind.RequestContextArgumentResolver;
import io.drachtio.spring.bind.RequestUriArgumentResolver;
import io.drachtio.spring.bind.SipConverters;
import io.drachtio.spring.bind.SipHandlerMethodFactory;
import io.drachtio.spring.bind.SipHeaderArgumentResolver;
import io.drachtio.spring.dispatch.DispatcherExecutor;
import io.drachtio.spring.dispatch.FailureResponder;
import io.drachtio.spring.dispatch.ReturnValueProcessor;
import io.drachtio.spring.dispatch.SipDispatcher;
import io.drachtio.spring.filter.OrderedFilterChain;
import io.drachtio.spring.filter.SipFilter;
import io.drachtio.spring.mapping.SipHandlerMappingDiscoverer;
import io.drachtio.spring.mapping.SipHandlerRegistry;
import io.drachtio.spring.observation.SipRequestObservationConvention;
import io.drachtio.spring.observation.SipRequestObservations;
import io.micrometer.observation.ObservationRegistry;
import io.drachtio.spring.reply.AlreadyAnsweredReturnValueHandler;
import io.drachtio.spring.reply.SipReplyReturnValueHandler;
import io.drachtio.spring.reply.SipResponseReturnValueHandler;
import io.drachtio.spring.reply.StatusReturnValueHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;
import org.springframework.messaging.handler.invocation.ReactiveReturnValueHandler;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The SIP handler machinery: mapping registry, argument resolvers, return-value handlers, filters,
 * the dispatcher, its executor and the observation of handled requests (on the application's
 * {@link ObservationRegistry} when there is one). Every bean backs off when the application defines its own.
 */
@Configuration(proxyBeanMethods = false)
class DrachtioHandlerConfiguration {

    /** Name of the executor bean blocking handlers run on. */
    static final String EXECUTOR_BEAN = "drachtioDispatcherExecutor";

    @Bean
    @ConditionalOnMissingBean
    SipHandlerRegistry sipHandlerRegistry(ListableBeanFactory beanFactory) {
        return new SipHandlerRegistry(SipHandlerMappingDiscoverer.discover(beanFactory));
    }

    @Bean
    @ConditionalOnMissingBean
    SipHandlerMethodFactory sipHandlerMethodFactory(ObjectProvider<HandlerMethodArgumentResolver> userResolvers,
            ObjectProvider<DrachtioClient> client, ListableBeanFactory beanFactory) {
        ApplicationConversionService conversion = new ApplicationConversionService();
        SipConverters.register(conversion);
        ApplicationConversionService.addBeans(conversion, beanFactory);
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(userResolvers.orderedStream().toList());
        resolvers.add(new RequestContextArgumentResolver());
        resolvers.add(new SipHeaderArgumentResolver(conversion));
        resolvers.add(new RequestUriArgumentResolver());
        resolvers.add(new BodyArgumentResolver(conversion));
        resolvers.add(new CallIdArgumentResolver());
        resolvers.add(new DrachtioClientArgumentResolver(client));
        return new SipHandlerMethodFactory(resolvers);
    }

    @Bean
    @ConditionalOnMissingBean
    ReturnValueProcessor sipReturnValueProcessor(ObjectProvider<HandlerMethodReturnValueHandler> userHandlers) {
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(userHandlers.orderedStream().toList());
        handlers.add(new StatusReturnValueHandler());
        handlers.add(new SipReplyReturnValueHandler());
        handlers.add(new SipResponseReturnValueHandler());
        handlers.add(new AlreadyAnsweredReturnValueHandler());
        handlers.add(new ReactiveReturnValueHandler());
        return new ReturnValueProcessor(handlers);
    }

    @Bean
    @ConditionalOnMissingBean
    FailureResponder sipFailureResponder(ReturnValueProcessor results) {
        return new FailureResponder(results);
    }

    @Bean(name = EXECUTOR_BEAN, destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = EXECUTOR_BEAN)
    @ConditionalOnThreading(Threading.PLATFORM)
    ThreadPoolExecutor drachtioDispatcherExecutor(DrachtioProperties properties) {
        DrachtioProperties.Dispatcher settings = properties.getDispatcher();
        return new ThreadPoolExecutor(settings.getThreads(), settings.getThreads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(settings.getQueueCapacity()),
                new CustomizableThreadFactory(settings.getThreadNamePrefix()));
    }

    @Bean(name = EXECUTOR_BEAN)
    @ConditionalOnMissingBean(name = EXECUTOR_BEAN)
    @ConditionalOnThreading(Threading.VIRTUAL)
    VirtualThreadTaskExecutor drachtioVirtualDispatcherExecutor(DrachtioProperties properties) {
        return new VirtualThreadTaskExecutor(properties.getDispatcher().getThreadNamePrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    DispatcherExecutor sipDispatcherExecutor(@Qualifier(EXECUTOR_BEAN) Executor executor) {
        return new DispatcherExecutor(executor);
    }

    @Bean
    @ConditionalOnMissingBean
    SipRequestObservations sipRequestObservations(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<SipRequestObservationConvention> convention) {
        return new SipRequestObservations(registry.getIfUnique(() -> ObservationRegistry.NOOP),
                convention.getIfUnique());
    }

    @Bean
    @ConditionalOnMissingBean
    SipDispatcher sipDispatcher(SipHandlerRegistry registry, ObjectProvider<SipFilter> filters,
            ReturnValueProcessor results, FailureResponder failures, DispatcherExecutor executor,
            SipRequestObservations observations) {
        return new SipDispatcher(registry, new OrderedFilterChain(filters.orderedStream().toList()), results, failures,
                executor, observations);
    }

    @Bean
    SipHandlerInitializer sipHandlerInitializer(ListableBeanFactory beanFactory, SipDispatcher dispatcher,
            SipHandlerMethodFactory methodFactory, ReturnValueProcessor results, FailureResponder failures) {
        return new SipHandlerInitializer(beanFactory, dispatcher, methodFactory, results, failures);
    }
}
