package io.drachtio.spring.endtoend;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.bind.SipExchange;
import io.drachtio.spring.filter.SipFilter;
import io.drachtio.spring.reply.ReplySender;
import io.drachtio.spring.reply.SipReply;
import io.drachtio.sip.uri.SipUri;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;
import reactor.core.publisher.Mono;

/**
 * The application of the end-to-end handler tests: the controllers and advice of this package, three
 * filters, converters for a header type and a body type, and an argument resolver and a return-value
 * handler of the application's own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({AnnotationController.class, ArgumentController.class, ReturnValueController.class, ErrorController.class,
        ErrorAdvice.class, PreferredErrorAdvice.class, MappingController.class, OrderController.class})
public class EndToEndApplication {

    /** A header type made by {@link TenantConverter}. @param name the upper-cased header value */
    record Tenant(String name) {
    }

    /** A body type made by {@link GreetingConverter}. @param words the number of words of the body */
    record Greeting(int words) {
    }

    /** A parameter type bound by the application's own resolver. @param user the From URI's user */
    record Caller(String user) {
    }

    /** A return type answered by the application's own return-value handler. @param retryAfter seconds */
    record Busy(int retryAfter) {
    }

    /** Converts header text to a {@link Tenant}. */
    static final class TenantConverter implements Converter<String, Tenant> {
        @Override
        public Tenant convert(String source) {
            return new Tenant(source.toUpperCase(Locale.ROOT));
        }
    }

    /** Converts a body to a {@link Greeting}. */
    static final class GreetingConverter implements Converter<String, Greeting> {
        @Override
        public Greeting convert(String source) {
            return new Greeting(source.isBlank() ? 0 : source.trim().split(" ").length);
        }
    }

    /** Binds {@link Caller} parameters from the From header. */
    static final class CallerResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, Message<?> message) {
            IncomingRequest request = (IncomingRequest) message.getPayload();
            return new Caller(((SipUri) request.message().from().uri()).user());
        }
    }

    /** Answers a returned {@link Busy} with {@code 486 Busy Here} and {@code Retry-After}. */
    static final class BusyHandler implements HandlerMethodReturnValueHandler {
        @Override
        public boolean supportsReturnType(MethodParameter returnType) {
            return returnType.getParameterType() == Busy.class;
        }

        @Override
        public void handleReturnValue(Object value, MethodParameter returnType, Message<?> message) {
            ReplySender.send(((SipExchange) message).request(),
                    SipReply.status(486, "Busy Here").header("Retry-After", String.valueOf(((Busy) value).retryAfter())));
        }
    }

    @Bean
    TenantConverter tenantConverter() {
        return new TenantConverter();
    }

    @Bean
    GreetingConverter greetingConverter() {
        return new GreetingConverter();
    }

    @Bean
    CallerResolver callerResolver() {
        return new CallerResolver();
    }

    @Bean
    BusyHandler busyHandler() {
        return new BusyHandler();
    }

    /** @return a filter answering {@code 403} to requests with {@code X-Blocked}, before any handler */
    @Bean
    @Order(0)
    SipFilter blocker() {
        return (request, chain) -> request.message().hasHeader("X-Blocked")
                ? request.response().send(403, "Blocked By Filter").then()
                : chain.filter(request);
    }

    /** @return a filter that continues the chain on a timer thread for requests with {@code X-Hop} */
    @Bean
    @Order(2)
    SipFilter hopper() {
        return (request, chain) -> request.message().hasHeader("X-Hop")
                ? Mono.delay(Duration.ofMillis(1)).then(chain.filter(request))
                : chain.filter(request);
    }

    /** @return a filter failing requests with {@code X-Filter-Fail: advised}, {@code local} or {@code boom} */
    @Bean
    @Order(1)
    SipFilter failing() {
        return (request, chain) -> {
            String fail = request.message().header("X-Filter-Fail");
            if ("advised".equals(fail)) {
                throw new ErrorController.AdvisedProblem();
            }
            if ("local".equals(fail)) {
                throw new ErrorController.LocalProblem();
            }
            if ("boom".equals(fail)) {
                throw new IllegalStateException("filter detail that must not leak");
            }
            return chain.filter(request);
        };
    }
}
