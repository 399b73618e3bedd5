package fr.guichet.change;

import java.io.Serializable;
import java.util.List;

/** A change with the names of what it touches, the problem it fixes, and what the reader may do to it now. */
public record ChangeView(ChangeRequest change, List<Named> services, List<Named> items, Named problem, List<ChangeAction> actions)
        implements Serializable {

    public record Named(long id, String name) implements Serializable {
    }
}
