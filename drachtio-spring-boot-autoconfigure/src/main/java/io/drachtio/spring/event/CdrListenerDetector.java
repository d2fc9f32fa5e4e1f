package io.drachtio.spring.event;

import io.drachtio.wire.CdrKind;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Works out from the bean types (without creating beans) which CDR kinds the application listens for:
 * {@code @EventListener} methods and {@link ApplicationListener} beans whose event type is
 * {@link DrachtioCdrEvent} or one of its subtypes. Listeners of broader types ({@code ApplicationEvent},
 * {@code Object}) do not count: they would make the server send every CDR to every application.
 */
public final class CdrListenerDetector {

    private CdrListenerDetector() {
    }

    /**
     * @param beanFactory the bean factory to scan
     * @return the CDR kinds some listener wants
     */
    public static Set<CdrKind> detect(ListableBeanFactory beanFactory) {
        Set<CdrKind> kinds = EnumSet.noneOf(CdrKind.class);
        for (String name : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = beanFactory.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(type);
            if (ApplicationListener.class.isAssignableFrom(userType)) {
                Class<?> event = ResolvableType.forClass(userType).as(ApplicationListener.class).getGeneric().resolve();
                addKinds(event, kinds);
            }
            if (AnnotationUtils.isCandidateClass(userType, EventListener.class)) {
                for (Method method : MethodIntrospector.selectMethods(userType,
                        (MethodIntrospector.MetadataLookup<EventListener>) m ->
                                AnnotatedElementUtils.findMergedAnnotation(m, EventListener.class)).keySet()) {
                    for (Class<?> event : listenedTypes(method)) {
                        addKinds(event, kinds);
                    }
                }
            }
        }
        return kinds;
    }

    private static List<Class<?>> listenedTypes(Method method) {
        EventListener annotation = AnnotatedElementUtils.findMergedAnnotation(method, EventListener.class);
        List<Class<?>> types = new ArrayList<>(List.of(annotation.classes()));
        if (types.isEmpty()) {
            types.addAll(List.of(method.getParameterTypes()));
        }
        return types;
    }

    private static void addKinds(Class<?> listened, Set<CdrKind> kinds) {
        if (listened == null || !DrachtioCdrEvent.class.isAssignableFrom(listened)) {
            return;
        }
        for (CdrKind kind : CdrKind.values()) {
            if (listened.isAssignableFrom(DrachtioCdrEvent.eventType(kind))) {
                kinds.add(kind);
            }
        }
    }
}
