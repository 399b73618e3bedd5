package fr.guichet.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results and the count of the list it comes from. A list too long to count cheaply says
 * "at least {@code total}" ({@code exact} false), as search engines do.
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean exact) {

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size, exact);
    }
}
