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

    /** A row's identity, for tables whose rows can be selected. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Fetch<T> fetch;
    private final Key<T> key;
    private boolean exact = true;

    public PagedModel(Fetch<T> fetch) {
        this(fetch, null);
    }

    public PagedModel(Fetch<T> fetch, Key<T> key) {
        this.fetch = fetch;
        this.key = key;
    }

    @Override
    public String getRowKey(T row) {
        if (key == null) {
            return super.getRowKey(row);
        }
        return String.valueOf(key.apply(row));
    }

    /** Selection finds its rows on the page shown (tables select within a page). */
    @Override
    public T getRowData(String rowKey) {
        if (key == null) {
            return super.getRowData(rowKey);
        }
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> rowKey.equals(getRowKey(row))).findFirst().orElse(null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> first = fetch.apply(new PageRequest(0, 1));
        exact = first.exact();
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch.apply(new PageRequest(first / Math.max(1, pageSize), pageSize));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        exact = page.exact();
        return page.items();
    }

    /** False when the list is too long to count: the page then says "more than" its count. */
    public boolean isExact() {
        return exact;
    }
}
