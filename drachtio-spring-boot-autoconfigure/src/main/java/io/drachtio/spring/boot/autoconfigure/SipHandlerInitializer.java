package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.bind.SipHandlerMethodFactory;
import io.drachtio.spring.dispatch.FailureResponder;
import io.drachtio.spring.dispatch.ReturnValueProcessor;
import io.drachtio.spring.dispatch.SipDispatcher;
import io.drachtio.spring.dispatch.SipHandler;
import io.drachtio.spring.dispatch.SipHandlerBinder;
import io.drachtio.spring.error.SipExceptionHandlers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * Once every singleton exists (and before the client starts), binds the discovered handler mappings
 * to their controller beans and prepares the exception handlers of controllers and advice beans.
 */
public class SipHandlerInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SipHandlerInitializer.class);

    private final ListableBeanFactory beanFactory;
    private final SipDispatcher dispatcher;
    private final SipHandlerMethodFactory methodFactory;
    private final ReturnValueProcessor results;
    private final FailureResponder failures;

    /**
     * @param beanFactory   looks the controllers and advice beans up
     * @param dispatcher    receives the bound handlers
     * @param methodFactory creates invocable methods
     * @param results       return-value processing (validates return types)
     * @param failures      receives the exception handlers
     */
    public SipHandlerInitializer(ListableBeanFactory beanFactory, SipDispatcher dispatcher,
            SipHandlerMethodFactory methodFactory, ReturnValueProcessor results, FailureResponder failures) {
        this.beanFactory = beanFactory;
        this.dispatcher = dispatcher;
        this.methodFactory = methodFactory;
        this.results = results;
        this.failures = failures;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<SipHandler> handlers = SipHandlerBinder.bind(dispatcher.registry().mappings(), beanFactory::getBean,
                methodFactory, results);
        Map<Object, Boolean> controllers = new IdentityHashMap<>();
        for (SipHandler handler : handlers) {
            controllers.put(handler.bean(), Boolean.TRUE);
        }
        List<Object> advices = new ArrayList<>(beanFactory.getBeansWithAnnotation(SipControllerAdvice.class).values());
        AnnotationAwareOrderComparator.sort(advices);
        failures.exceptionHandlers(new SipExceptionHandlers(methodFactory, new ArrayList<>(controllers.keySet()), advices));
        dispatcher.bind(handlers);
        for (SipHandler handler : handlers) {
            log.debug("SIP handler {} ({})", handler.mapping(), handler.reactive() ? "reactive" : "blocking");
        }
        log.info("{} SIP handler(s) in {} controller(s); routes {}", handlers.size(), controllers.size(),
                dispatcher.registry().routedVerbs());
    }
}
