package io.drachtio.spring.mapping;

import io.drachtio.sip.SipRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * The description of one handler method: which requests it takes (methods and conditions), its rank
 * among competing mappings, and where it lives. Built once at start-up.
 *
 * @param beanName   the controller bean's name
 * @param beanType   the controller's user class
 * @param method     the handler method
 * @param sipMethods the SIP methods it handles (upper-case)
 * @param conditions the conditions, all of which must hold
 * @param order      its {@code @Order} (method, else class); lower wins among equally specific mappings
 */
public record SipHandlerMapping(String beanName, Class<?> beanType, Method method, Set<String> sipMethods,
        List<RequestCondition> conditions, int order) {

    /** Copies the collections. */
    public SipHandlerMapping {
        sipMethods = Set.copyOf(sipMethods);
        conditions = List.copyOf(conditions);
    }

    /** @return how specific the mapping is: the number of its conditions */
    public int specificity() {
        return conditions.size();
    }

    /**
     * @param request a request whose method is one of {@link #sipMethods()}
     * @return {@code true} when every condition holds
     */
    public boolean matches(SipRequest request) {
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).matches(request)) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code Type#method} for logs and errors */
    public String describe() {
        return beanType.getSimpleName() + "#" + method.getName();
    }

    @Override
    public String toString() {
        return describe() + sipMethods + (conditions.isEmpty() ? "" : " " + conditions);
    }
}
