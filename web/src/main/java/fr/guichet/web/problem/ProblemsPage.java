package fr.guichet.web.problem;

import fr.guichet.problem.Problem;
import fr.guichet.problem.ProblemDraft;
import fr.guichet.problem.ProblemStatus;
import fr.guichet.problem.Problems;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** problem/list.xhtml: the problems, newest first, filtered by status; staff who keep them open one here. */
@Named
@ViewScoped
public class ProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Problems problems;

    private PagedModel<Problem> model;
    private ProblemStatus status;
    private String title;
    private Long serviceId;
    private String analysis;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> problems.page(status, page));
    }

    public String open() {
        try {
            Problem opened = problems.open(new ProblemDraft(title, serviceId, analysis, null, null));
            FacesMessages.info("problem.opened", opened.getReference());
            FacesMessages.keepForRedirect();
            return "/problem/view?faces-redirect=true&id=" + opened.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }


    public ProblemStatus[] getStatuses() {
        return ProblemStatus.values();
    }

    public PagedModel<Problem> getModel() {
        return model;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public void setStatus(ProblemStatus status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }
}
