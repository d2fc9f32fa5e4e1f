package io.drachtio.sip.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable, ordered map of parameters whose keys are looked up case-insensitively
 * ({@code get("TAG")} finds {@code tag}). Keys keep the spelling they were written with;
 * flag parameters (no {@code =value}) map to the empty string.
 */
public final class ParameterMap extends AbstractMap<String, String> {

    /** The map without parameters. */
    public static final ParameterMap EMPTY = new ParameterMap(new String[0], 0);

    private final String[] pairs;
    private final int size;

    private ParameterMap(String[] pairs, int size) {
        this.pairs = pairs;
        this.size = size;
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private int indexOf(Object key) {
        if (key instanceof String name) {
            for (int i = 0; i < size; i++) {
                String candidate = pairs[2 * i];
                // frequent names are shared constants, so the same instance is the usual match
                if (candidate == name || candidate.equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : pairs[2 * i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Returns the key at {@code index} as it was spelled.
     *
     * @param index position, 0-based
     * @return the key
     */
    public String nameAt(int index) {
        return pairs[2 * index];
    }

    /**
     * Returns the value at {@code index}.
     *
     * @param index position, 0-based
     * @return the value, empty for a flag parameter
     */
    public String valueAt(int index) {
        return pairs[2 * index + 1];
    }

    /**
     * Returns a copy with {@code name} set to {@code value}: replaced in place if present
     * (case-insensitively), appended otherwise.
     *
     * @param name parameter name
     * @param value value, empty for a flag
     * @return the new map
     */
    public ParameterMap with(String name, String value) {
        int i = indexOf(name);
        if (i >= 0) {
            String[] copy = Arrays.copyOf(pairs, 2 * size);
            copy[2 * i + 1] = value;
            return new ParameterMap(copy, size);
        }
        String[] copy = Arrays.copyOf(pairs, 2 * size + 2);
        copy[2 * size] = name;
        copy[2 * size + 1] = value;
        return new ParameterMap(copy, size + 1);
    }

    /**
     * Returns a copy without {@code name} (compared case-insensitively).
     *
     * @param name parameter name
     * @return the new map, or this map if the name is absent
     */
    public ParameterMap without(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return this;
        }
        String[] copy = new String[2 * (size - 1)];
        System.arraycopy(pairs, 0, copy, 0, 2 * i);
        System.arraycopy(pairs, 2 * i + 2, copy, 2 * i, 2 * (size - i - 1));
        return new ParameterMap(copy, size - 1);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(pairs[2 * i], pairs[2 * i + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Collects parameters in order.
     */
    public static final class Builder {
        private String[] pairs = new String[8];
        private int size;

        private Builder() {
        }

        /**
         * Appends a parameter (a repeated name is kept; lookups find the first).
         *
         * @param name parameter name
         * @param value value, empty for a flag
         * @return this builder
         */
        public Builder add(String name, String value) {
            if (2 * size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * size] = name;
            pairs[2 * size + 1] = value;
            size++;
            return this;
        }

        /**
         * Finishes the map.
         *
         * @return the map, {@link #EMPTY} when nothing was added
         */
        public ParameterMap build() {
            return size == 0 ? EMPTY : new ParameterMap(pairs, size);
        }
    }
}
