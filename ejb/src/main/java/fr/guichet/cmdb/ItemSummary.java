package fr.guichet.cmdb;

import java.io.Serializable;

/** An item as a list, a ticket or a picker names it. */
public record ItemSummary(long id, long memberId, Long serviceId, ItemKind kind, String name, ItemState state) implements Serializable {

    public static ItemSummary of(ConfigurationItem item) {
        return new ItemSummary(item.getId(), item.getMemberId(), item.getServiceId(), item.getKind(), item.getName(), item.getState());
    }
}
