package fr.guichet.web.answer;

import fr.guichet.answer.CannedAnswer;
import fr.guichet.answer.CannedAnswers;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.ticket.TicketViewBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The canned-answer select beside a technician's reply box: the ticket's group's answers first, inserted filled
 * for the ticket after what was already typed, to be read over before sending.
 */
@Named("answerPicker")
@ViewScoped
public class CannedAnswerPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CannedAnswers answers;

    @Inject
    private TicketViewBacking page;

    private List<CannedAnswer> offered;
    private Long answerId;

    public List<CannedAnswer> getOffered() {
        if (offered == null) {
            long group = page.getTicket().getGroupId();
            offered = answers.list(null, false).stream()
                    .sorted(Comparator.comparing((CannedAnswer a) -> a.getGroupId() != group)).toList();
        }
        return offered;
    }

    public void insert() {
        if (answerId == null) {
            FacesMessages.error("ticket.answer.none");
            return;
        }
        try {
            String text = answers.fillFor(answerId, page.getId());
            String typed = page.getReply();
            page.setReply(typed == null || typed.isBlank() ? text : typed.stripTrailing() + "\n\n" + text);
            FacesMessages.info("ticket.answer.inserted");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public Long getAnswerId() {
        return answerId;
    }

    public void setAnswerId(Long answerId) {
        this.answerId = answerId;
    }
}
