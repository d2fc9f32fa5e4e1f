package io.drachtio.spring.bind;

import io.drachtio.client.DrachtioClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link DrachtioClient} parameters. The client is looked up on first use (it is built after
 * the dispatcher, which it calls).
 */
public final class DrachtioClientArgumentResolver implements HandlerMethodArgumentResolver {

    private final ObjectProvider<DrachtioClient> clientProvider;
    private volatile DrachtioClient client;

    /** @param clientProvider supplies the application's client */
    public DrachtioClientArgumentResolver(ObjectProvider<DrachtioClient> clientProvider) {
        this.clientProvider = clientProvider;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == DrachtioClient.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        DrachtioClient current = client;
        if (current == null) {
            current = clientProvider.getObject();
            client = current;
        }
        return current;
    }
}
