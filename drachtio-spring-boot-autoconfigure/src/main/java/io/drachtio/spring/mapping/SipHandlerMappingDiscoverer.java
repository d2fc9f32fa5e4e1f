package io.drachtio.spring.mapping;

import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipRequestMapping;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * Finds the handler methods of every {@link SipController} bean from the bean types alone (no bean is
 * created), validates them and compiles their conditions. Invalid mappings fail the start-up with an
 * {@link IllegalStateException} naming the method.
 */
public final class SipHandlerMappingDiscoverer {

    private SipHandlerMappingDiscoverer() {
    }

    /**
     * @param beanFactory the bean factory to scan
     * @return every mapping, in bean registration order then method order
     */
    public static List<SipHandlerMapping> discover(ListableBeanFactory beanFactory) {
        List<SipHandlerMapping> mappings = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForAnnotation(SipController.class)) {
            Class<?> type = beanFactory.getType(beanName, false);
            if (type != null) {
                mappings.addAll(discover(beanName, ClassUtils.getUserClass(type)));
            }
        }
        return mappings;
    }

    /**
     * @param beanName the controller bean's name
     * @param beanType the controller's user class
     * @return the mappings of its methods
     */
    public static List<SipHandlerMapping> discover(String beanName, Class<?> beanType) {
        Map<Method, SipRequestMapping> annotated = MethodIntrospector.selectMethods(beanType,
                (MethodIntrospector.MetadataLookup<SipRequestMapping>) m ->
                        AnnotatedElementUtils.findMergedAnnotation(m, SipRequestMapping.class));
        int classOrder = order(AnnotatedElementUtils.findMergedAnnotation(beanType, Order.class));
        List<SipHandlerMapping> result = new ArrayList<>(annotated.size());
        annotated.entrySet().stream()
                .sorted((a, b) -> a.getKey().toGenericString().compareTo(b.getKey().toGenericString()))
                .forEach(e -> result.add(toMapping(beanName, beanType, e.getKey(), e.getValue(), classOrder)));
        return result;
    }

    private static SipHandlerMapping toMapping(String beanName, Class<?> beanType, Method method,
            SipRequestMapping annotation, int classOrder) {
        String where = beanType.getName() + "#" + method.getName();
        Set<String> methods = new LinkedHashSet<>();
        for (String sipMethod : annotation.method()) {
            methods.add(validMethod(sipMethod, where));
        }
        if (methods.isEmpty()) {
            throw new IllegalStateException("@SipRequestMapping on " + where + " names no SIP method");
        }
        List<RequestCondition> conditions = new ArrayList<>();
        if (!annotation.requestUri().isEmpty()) {
            conditions.add(new RequestUriCondition(compile(annotation.requestUri(), where)));
        }
        for (String expression : annotation.headers()) {
            try {
                conditions.add(HeaderCondition.parse(expression));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException("invalid header condition on " + where + ": " + ex.getMessage(), ex);
            }
        }
        Order methodOrder = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
        int order = methodOrder != null ? methodOrder.value() : classOrder;
        return new SipHandlerMapping(beanName, beanType, method, methods, conditions, order);
    }

    private static int order(Order order) {
        return order != null ? order.value() : Ordered.LOWEST_PRECEDENCE;
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException ex) {
            throw new IllegalStateException("invalid requestUri pattern on " + where + ": " + ex.getDescription(), ex);
        }
    }

    private static String validMethod(String method, String where) {
        if (method.isEmpty()) {
            throw new IllegalStateException("empty SIP method on " + where);
        }
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '-' && c != '_' && !(c >= '0' && c <= '9')) {
                throw new IllegalStateException("SIP method '" + method + "' on " + where
                        + " must be upper-case (SIP methods are case-sensitive, e.g. INVITE)");
            }
        }
        return method;
    }
}
