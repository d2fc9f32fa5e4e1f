package io.drachtio.spring.actuate.endpoint;

import io.drachtio.spring.mapping.RequestCondition;
import io.drachtio.spring.mapping.SipHandlerMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One handler mapping as the {@code drachtio} endpoint shows it.
 *
 * @param handler    {@code Type#method}
 * @param bean       the controller bean's name
 * @param methods    the SIP methods it handles, sorted
 * @param conditions its conditions as written (header expressions, {@code requestUri ~= regex})
 * @param order      its {@code @Order} (lower wins among equally specific mappings)
 */
public record HandlerDescriptor(String handler, String bean, List<String> methods, List<String> conditions,
        int order) {

    /** Copies the lists. */
    public HandlerDescriptor {
        methods = List.copyOf(methods);
        conditions = List.copyOf(conditions);
    }

    /**
     * @param mapping a handler mapping
     * @return its description
     */
    public static HandlerDescriptor of(SipHandlerMapping mapping) {
        List<String> conditions = new ArrayList<>(mapping.conditions().size());
        for (RequestCondition condition : mapping.conditions()) {
            conditions.add(condition.toString());
        }
        return new HandlerDescriptor(mapping.describe(), mapping.beanName(),
                List.copyOf(new TreeSet<>(mapping.sipMethods())), conditions, mapping.order());
    }
}
