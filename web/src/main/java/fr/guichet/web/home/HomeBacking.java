package fr.guichet.web.home;

import fr.guichet.home.ToDoList;
import fr.guichet.home.ToDoSection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** index.xhtml: the caller's to-do list, read once per request. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private ToDoList toDo;

    private List<ToDoSection> sections;

    public List<ToDoSection> getSections() {
        if (sections == null) {
            sections = toDo.forCaller();
        }
        return sections;
    }
}
