package fr.guichet.web.subscription;

import fr.guichet.subscription.SubscriptionRow;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** subscription/list.xhtml: the subscriptions the caller may see (their commune's, or all for staff). */
@Named
@ViewScoped
public class SubscriptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;

    @Inject
    private SubscriptionService subscriptions;

    private PagedModel<SubscriptionRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> subscriptions.search(null, null, page));
    }

    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("abonnements", Downloads.format(format), out -> exports.subscriptions(null, null, out, FacesMessages.pageLocale()));
    }

    public PagedModel<SubscriptionRow> getModel() {
        return model;
    }
}
