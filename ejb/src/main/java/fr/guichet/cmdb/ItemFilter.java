package fr.guichet.cmdb;

/** What an item list keeps: any of the fields may be {@code null} (any). */
public record ItemFilter(Long memberId, Long serviceId, ItemKind kind, ItemState state) {
}
