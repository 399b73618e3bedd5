package fr.guichet.web.cmdb;

import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemFilter;
import fr.guichet.cmdb.ItemKind;
import fr.guichet.cmdb.ItemState;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.member.MemberDirectory;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * cmdb/items.xhtml: the configuration items the user may read, by name: their member's for a commune user, every
 * member's for staff, who filter by member, service, kind and state.
 */
@Named
@ViewScoped
public class ItemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfigurationItems items;

    @Inject
    private MemberDirectory members;

    @Inject
    private ServiceDirectory services;

    private PagedModel<ItemSummary> model;
    private Long memberId;
    private Long serviceId;
    private ItemKind kind;
    private ItemState state;
    private Map<Long, String> memberNames;
    private Map<Long, String> serviceNames;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> items.page(new ItemFilter(memberId, serviceId, kind, state), page));
    }

    public String memberName(long id) {
        return getMemberNames().get(id);
    }

    public String serviceName(Long id) {
        return id == null ? null : getServiceNames().get(id);
    }

    public List<Map.Entry<Long, String>> getMemberChoices() {
        return getMemberNames().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    public ItemState[] getStates() {
        return ItemState.values();
    }

    private Map<Long, String> getMemberNames() {
        if (memberNames == null) {
            memberNames = Map.copyOf(members.names());
        }
        return memberNames;
    }

    private Map<Long, String> getServiceNames() {
        if (serviceNames == null) {
            serviceNames = Map.copyOf(services.names());
        }
        return serviceNames;
    }

    public PagedModel<ItemSummary> getModel() {
        return model;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public ItemState getState() {
        return state;
    }

    public void setState(ItemState state) {
        this.state = state;
    }
}
