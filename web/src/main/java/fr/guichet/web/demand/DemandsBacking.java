package fr.guichet.web.demand;

import fr.guichet.catalog.CatalogService;
import fr.guichet.demand.DemandAction;
import fr.guichet.demand.DemandFilter;
import fr.guichet.demand.DemandKind;
import fr.guichet.demand.DemandRow;
import fr.guichet.demand.DemandService;
import fr.guichet.demand.DemandState;
import fr.guichet.demand.Roadmap;
import fr.guichet.security.Caller;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** demand/list.xhtml: the shared backlog, with filters and, for managers, bulk state changes. */
@Named
@ViewScoped
public class DemandsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;

    @Inject
    private DemandService demands;

    @Inject
    private Roadmap roadmap;

    @Inject
    private CatalogService catalog;

    @Inject
    private Caller caller;

    private DemandState state;
    private DemandKind kind;
    private boolean supportedByMyMember;
    private Long serviceId;
    private String text;
    private DemandFilter.Sort sort = DemandFilter.Sort.RANK;
    private List<DemandRow> selected = new ArrayList<>();
    private DemandAction bulkAction;
    private String bulkQuarter;
    private String bulkComment;
    private PagedModel<DemandRow> model;
    private List<SelectItem> services;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> demands.search(filter(), page), DemandRow::id);
    }

    private DemandFilter filter() {
        return new DemandFilter(state, kind, supportedByMyMember ? caller.required().memberId() : null, serviceId, text, sort);
    }

    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("demandes-des-membres", Downloads.format(format), out -> exports.demands(filter(), out, FacesMessages.pageLocale()));
    }

    public void applyToSelected() {
        if (selected == null || selected.isEmpty() || bulkAction == null) {
            FacesMessages.error("demands.bulk.nothing");
            return;
        }
        try {
            DemandService.Transition done = demands.act(selected.stream().map(DemandRow::id).toList(), bulkAction, bulkComment,
                    bulkQuarter, null);
            FacesMessages.info("demands.bulk.done", done.count());
            if (done.overCapacity() != null) {
                FacesMessages.warn("demand.plan.overCapacity", done.overCapacity().code(), done.overCapacity().plannedDays(),
                        done.overCapacity().capacityDays());
            }
            selected = new ArrayList<>();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public List<SelectItem> getServices() {
        if (services == null) {
            services = catalog.serviceChoices().stream().map(s -> new SelectItem(s[0], (String) s[1])).toList();
        }
        return services;
    }

    public List<String> getQuarters() {
        return roadmap.quarters().stream().map(q -> q.code()).toList();
    }

    public PagedModel<DemandRow> getModel() {
        return model;
    }

    public DemandState[] getStates() {
        return DemandState.values();
    }

    public DemandKind[] getKinds() {
        return DemandKind.values();
    }

    public DemandFilter.Sort[] getSorts() {
        return DemandFilter.Sort.values();
    }

    public DemandAction[] getActions() {
        return DemandAction.values();
    }

    public DemandState getState() {
        return state;
    }

    public void setState(DemandState state) {
        this.state = state;
    }

    public DemandKind getKind() {
        return kind;
    }

    public void setKind(DemandKind kind) {
        this.kind = kind;
    }

    public boolean isSupportedByMyMember() {
        return supportedByMyMember;
    }

    public void setSupportedByMyMember(boolean supportedByMyMember) {
        this.supportedByMyMember = supportedByMyMember;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DemandFilter.Sort getSort() {
        return sort;
    }

    public void setSort(DemandFilter.Sort sort) {
        this.sort = sort;
    }

    public List<DemandRow> getSelected() {
        return selected;
    }

    public void setSelected(List<DemandRow> selected) {
        this.selected = selected;
    }

    public DemandAction getBulkAction() {
        return bulkAction;
    }

    public void setBulkAction(DemandAction bulkAction) {
        this.bulkAction = bulkAction;
    }

    public String getBulkQuarter() {
        return bulkQuarter;
    }

    public void setBulkQuarter(String bulkQuarter) {
        this.bulkQuarter = bulkQuarter;
    }

    public String getBulkComment() {
        return bulkComment;
    }

    public void setBulkComment(String bulkComment) {
        this.bulkComment = bulkComment;
    }
}
