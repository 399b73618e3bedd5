package fr.guichet.web.shell;

import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Lazy paging of a PrimeFaces table over a service query: only the rows of the shown page are read.
 * Filters live in the backing bean's fields, so the fetch function sees them.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** A serialisable page query, so that view-scoped beans replicate in a cluster. */
    public interface Fetch<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    private final Fetch<T> fetch;

    public PagedModel(Fetch<T> fetch) {
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, fetch.apply(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch.apply(new PageRequest(first / Math.max(1, pageSize), pageSize));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }
}
