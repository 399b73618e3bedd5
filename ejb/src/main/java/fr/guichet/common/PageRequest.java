package fr.guichet.common;

/** A page of a list: zero-based index and size, bounded so that no request can ask for a whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            page = 0;
        }
        if (size < 1) {
            size = 20;
        }
        size = Math.min(size, MAX_SIZE);
        // The offset is an int for JPA and SQL: a page whose first row lies beyond it would overflow into a
        // negative offset (a server error), so it is the caller's mistake, said as such.
        if ((long) page * size > Integer.MAX_VALUE - size) {
            throw new BusinessRuleException("error.page.tooFar", page, (Integer.MAX_VALUE - size) / size);
        }
    }

    public int offset() {
        return page * size;
    }
}
