package fr.guichet.web.ticket;

import fr.guichet.identity.UserAccount;
import fr.guichet.ticket.SupportGroup;
import fr.guichet.ticket.TicketService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The choices of an assignment: each support group alone, then each of its members, as "groupId:userId"
 * values. Read once per request.
 */
@Named
@RequestScoped
public class AssignmentChoices {

    /** One option of the assignment list. */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    private TicketService tickets;

    private List<Choice> choices;
    private List<Choice> people;
    private List<SupportGroup> groups;

    public List<SupportGroup> getGroups() {
        if (groups == null) {
            groups = tickets.groups();
        }
        return groups;
    }

    public List<Choice> getChoices() {
        if (choices == null) {
            choices = new ArrayList<>();
            Map<Long, Choice> byPerson = new TreeMap<>();
            for (SupportGroup group : getGroups()) {
                choices.add(new Choice(group.getId() + ":", group.getName()));
                for (UserAccount member : tickets.groupMembers(group.getId())) {
                    choices.add(new Choice(group.getId() + ":" + member.getId(), group.getName() + " — " + member.getFullName()));
                    byPerson.putIfAbsent(member.getId(), new Choice(String.valueOf(member.getId()), member.getFullName()));
                }
            }
            people = byPerson.values().stream().sorted(java.util.Comparator.comparing(Choice::label)).toList();
        }
        return choices;
    }

    /** Everyone who works a queue, once, by name (values: user ids). */
    public List<Choice> getPeople() {
        getChoices();
        return people;
    }

    /** How a group and optional person read in the list ("Réseau — Kevin Lopez"). */
    public String labelOf(long groupId, Long assigneeId) {
        String value = groupId + ":" + (assigneeId == null ? "" : assigneeId);
        return getChoices().stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }

    /** The group of a "groupId:userId" value. */
    public static long groupOf(String choice) {
        return Long.parseLong(choice.substring(0, choice.indexOf(':')));
    }

    /** The person of a "groupId:userId" value, if one was chosen. */
    public static Long assigneeOf(String choice) {
        String user = choice.substring(choice.indexOf(':') + 1);
        return user.isEmpty() ? null : Long.valueOf(user);
    }
}
