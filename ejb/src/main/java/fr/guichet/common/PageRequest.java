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
    }

    public int offset() {
        return page * size;
    }
}
