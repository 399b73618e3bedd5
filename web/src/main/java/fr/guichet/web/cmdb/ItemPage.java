package fr.guichet.web.cmdb;

import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.cmdb.ConfigurationItem;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemDraft;
import fr.guichet.cmdb.ItemKind;
import fr.guichet.cmdb.ItemState;
import fr.guichet.member.MemberDirectory;
import fr.guichet.ticket.RelatedTicket;
import fr.guichet.ticket.TicketDetails;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.ShellBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * cmdb/item.xhtml: one configuration item, its attributes and the newest tickets naming it; technicians, managers and
 * administrators change it here, or create one (no {@code id}).
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfigurationItems items;

    @Inject
    private TicketDetails tickets;

    @Inject
    private MemberDirectory members;

    @Inject
    private ServiceDirectory services;

    @Inject
    private ShellBacking shell;

    private Long id;
    private ConfigurationItem item;
    private List<RelatedTicket> itemTickets = List.of();
    private Long memberId;
    private Long serviceId;
    private ItemKind kind = ItemKind.APPLICATION;
    private String name;
    private ItemState state = ItemState.IN_SERVICE;
    private HashMap<String, String> attributes = new HashMap<>();

    /** Reads the item once ({@code id} given) and fills the form with it. */
    public void load() {
        if (id == null || item != null) {
            return;
        }
        item = items.get(id);
        itemTickets = tickets.namingItem(id, ConfigurationItemResource.TICKETS);
        memberId = item.getMemberId();
        serviceId = item.getServiceId();
        kind = item.getKind();
        name = item.getName();
        state = item.getState();
        attributes = new HashMap<>(item.getAttributes());
    }

    public String save() {
        try {
            ItemDraft draft = new ItemDraft(memberId, serviceId, kind, name, state, attributes);
            ConfigurationItem saved = item == null ? items.create(draft) : items.update(id, item.getVersion(), draft);
            FacesMessages.info(item == null ? "cmdb.created" : "cmdb.saved", saved.getName());
            FacesMessages.keepForRedirect();
            return "/cmdb/item?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    /** Staff keep items; everyone else only reads them. */
    public boolean isEditable() {
        return shell.isWorker();
    }

    public boolean isNew() {
        return item == null;
    }

    /** The attributes the chosen kind carries, in order: the form shows one field each. */
    public List<String> getAttributeNames() {
        return new ArrayList<>(kind.attributes().keySet());
    }

    /** The item's attributes that have a value, in the kind's order. */
    public List<Map.Entry<String, String>> getShownAttributes() {
        return item.getAttributes().entrySet().stream().toList();
    }

    public String getMemberName() {
        return members.one(memberId).map(MemberDirectory.Facts::name).orElse("");
    }

    public String getServiceName() {
        return serviceId == null ? null : services.names().get(serviceId);
    }

    public List<Map.Entry<Long, String>> getMemberChoices() {
        return members.names().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    public List<Map.Entry<Long, String>> getServiceChoices() {
        return services.offered(null).stream().map(s -> Map.entry(s.id(), s.name())).toList();
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    public ItemState[] getStates() {
        return ItemState.values();
    }

    public ConfigurationItem getItem() {
        return item;
    }

    public List<RelatedTicket> getItemTickets() {
        return itemTickets;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ItemState getState() {
        return state;
    }

    public void setState(ItemState state) {
        this.state = state;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }
}
