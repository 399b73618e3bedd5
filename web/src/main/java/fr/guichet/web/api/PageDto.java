package fr.guichet.web.api;

import fr.guichet.common.Page;
import java.util.List;
import java.util.function.Function;

/** A page of an API list. */
public record PageDto<T>(List<T> items, long total, boolean totalExact, int page, int size) {

    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.total(), page.exact(), page.page(),
                page.size());
    }
}
