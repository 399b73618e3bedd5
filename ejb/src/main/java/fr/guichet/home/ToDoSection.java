package fr.guichet.home;

import fr.guichet.security.Role;
import java.io.Serializable;
import java.util.List;

/** What one of the caller's roles has to do. */
public record ToDoSection(Role role, List<ToDoItem> items) implements Serializable {
}
