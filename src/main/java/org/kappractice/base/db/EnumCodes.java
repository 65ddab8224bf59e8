package org.kappractice.base.db;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants as their names, comma-separated, in declaration order. */
public final class EnumCodes {

    private EnumCodes() {
    }

    public static <E extends Enum<E>> String encode(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> decode(Class<E> type, String codes) {
        Set<E> values = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(code -> Enum.valueOf(type, code.strip())).forEach(values::add);
        }
        return values;
    }
}
