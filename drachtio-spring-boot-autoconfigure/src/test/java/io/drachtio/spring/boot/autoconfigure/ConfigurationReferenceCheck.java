package io.drachtio.spring.boot.autoconfigure;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the property tables of {@code docs/configuration.md} with the configuration metadata and
 * lists every difference, each naming the property. The format rules are those of
 * {@link ConfigurationReferenceTest}.
 */
final class ConfigurationReferenceCheck {

    /** What marks an element of a list property: {@code drachtio.servers[].host}. */
    static final String ELEMENT = "[].";

    /** What the Default cell starts with for a property without a default. */
    static final String NO_DEFAULT = "—";

    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+");

    /**
     * A property of the generated metadata.
     *
     * @param name         its name
     * @param type         its type as the metadata gives it (qualified names)
     * @param defaultValue its default, {@code null} when the metadata has none
     */
    record MetadataProperty(String name, String type, Object defaultValue) {
    }

    private final Map<String, MetadataProperty> metadata;

    /** @param metadata the properties of the generated metadata, by name */
    ConfigurationReferenceCheck(Map<String, MetadataProperty> metadata) {
        this.metadata = metadata;
    }

    /**
     * @param rows the documented properties
     * @return every difference, one sentence each, naming the property; empty when they agree
     */
    List<String> problems(List<ReferenceTable.Row> rows) {
        List<String> problems = new ArrayList<>();
        Set<String> documented = new HashSet<>();
        for (ReferenceTable.Row row : rows) {
            if (!documented.add(row.name())) {
                problems.add(row.name() + " is documented twice (again on line " + row.line() + ")");
            } else if (row.name().contains(ELEMENT)) {
                checkElement(row, problems);
            } else {
                checkProperty(row, problems);
            }
        }
        metadata.keySet().stream().filter(name -> !documented.contains(name)).sorted()
                .forEach(name -> problems.add(name + " is in the metadata but missing from the reference"));
        return problems;
    }

    private void checkProperty(ReferenceTable.Row row, List<String> problems) {
        MetadataProperty property = metadata.get(row.name());
        if (property == null) {
            problems.add(row.name() + " (line " + row.line() + ") is documented but no longer exists");
            return;
        }
        compare(row, simpleType(property.type()), property.defaultValue(), problems);
    }

    private void checkElement(ReferenceTable.Row row, List<String> problems) {
        String listName = row.name().substring(0, row.name().indexOf(ELEMENT));
        MetadataProperty list = metadata.get(listName);
        Class<?> elementType = list == null ? null : elementType(list.type());
        if (elementType == null) {
            problems.add(row.name() + " (line " + row.line() + ") is documented but " + listName
                    + " is no list property of the metadata");
            return;
        }
        String path = row.name().substring(listName.length() + ELEMENT.length());
        try {
            Object bean = elementType.getDeclaredConstructor().newInstance();
            String[] segments = path.split("\\.");
            for (int i = 0; i < segments.length - 1; i++) {
                Method getter = getter(bean.getClass(), segments[i]);
                bean = getter == null ? null : getter.invoke(bean);
                if (bean == null) {
                    problems.add(row.name() + " (line " + row.line() + ") is documented but no longer exists");
                    return;
                }
            }
            Method getter = getter(bean.getClass(), segments[segments.length - 1]);
            if (getter == null) {
                problems.add(row.name() + " (line " + row.line() + ") is documented but no longer exists");
                return;
            }
            compare(row, simpleType(getter.getGenericReturnType()), getter.invoke(bean), problems);
        } catch (ReflectiveOperationException e) {
            problems.add(row.name() + ": cannot read the default of " + elementType.getName() + ": " + e);
        }
    }

    private static void compare(ReferenceTable.Row row, String type, Object defaultValue, List<String> problems) {
        if (!type.equals(row.type())) {
            problems.add(row.name() + " has type " + type + ", the reference says " + row.type());
        }
        if (defaultValue == null || isEmptyList(defaultValue)) {
            if (!row.defaultValue().startsWith(NO_DEFAULT)) {
                problems.add(row.name() + " has no default, the reference says " + row.defaultValue()
                        + " (write " + NO_DEFAULT + ", optionally followed by an explanation)");
            }
            return;
        }
        String expected = "`" + format(defaultValue) + "`";
        if (!expected.equals(row.defaultValue())) {
            problems.add(row.name() + " defaults to " + expected + ", the reference says " + row.defaultValue());
        }
    }

    private static boolean isEmptyList(Object value) {
        return value instanceof Collection<?> c && c.isEmpty();
    }

    /** @return the default as the reference writes it: lists comma-separated, everything else as text */
    static String format(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(ConfigurationReferenceCheck::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** @return the type with every qualified class name shortened to its simple name */
    static String simpleType(String qualified) {
        Matcher matcher = QUALIFIED_NAME.matcher(qualified);
        StringBuilder simple = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group();
            String last = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
            matcher.appendReplacement(simple, Matcher.quoteReplacement(last));
        }
        matcher.appendTail(simple);
        return simple.toString();
    }

    private static String simpleType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            String arguments = Arrays.stream(parameterized.getActualTypeArguments())
                    .map(ConfigurationReferenceCheck::simpleType).collect(Collectors.joining(","));
            return simpleType(parameterized.getRawType()) + "<" + arguments + ">";
        }
        Class<?> raw = (Class<?>) type;
        return switch (raw.getName()) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "boolean" -> "Boolean";
            case "double" -> "Double";
            default -> raw.getSimpleName();
        };
    }

    private static Class<?> elementType(String listType) {
        if (!listType.startsWith("java.util.List<") || !listType.endsWith(">")) {
            return null;
        }
        try {
            return Class.forName(listType.substring("java.util.List<".length(), listType.length() - 1));
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Method getter(Class<?> type, String kebabName) {
        StringBuilder camel = new StringBuilder();
        boolean upper = true;
        for (char c : kebabName.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        for (String prefix : List.of("get", "is")) {
            try {
                return type.getMethod(prefix + camel);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }
}
