package fr.guichet.cmdb;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What an item is, the attributes it may carry (in display order) and its code in CSV files (French, lower case). */
public enum ItemKind {
    APPLICATION("application", Map.of("version", AttributeType.VERSION, "url", AttributeType.URL), "version", "url"),
    SERVER("serveur", Map.of("hostname", AttributeType.HOSTNAME, "ip", AttributeType.IP_ADDRESS, "os", AttributeType.TEXT),
            "hostname", "ip", "os"),
    MAIL_DOMAIN("domaine_messagerie", Map.of("domain", AttributeType.DOMAIN, "mailboxes", AttributeType.COUNT), "domain", "mailboxes"),
    NETWORK_LINK("lien_reseau", Map.of("operator", AttributeType.TEXT, "bandwidth_mbps", AttributeType.COUNT,
            "circuit", AttributeType.TEXT), "operator", "bandwidth_mbps", "circuit"),
    SITE("site", Map.of("address", AttributeType.TEXT), "address");

    private final String csvCode;
    private final Map<String, AttributeType> attributes;

    ItemKind(String csvCode, Map<String, AttributeType> types, String... order) {
        this.csvCode = csvCode;
        Map<String, AttributeType> ordered = new LinkedHashMap<>();
        for (String name : order) {
            ordered.put(name, types.get(name));
        }
        this.attributes = java.util.Collections.unmodifiableMap(ordered);
    }

    public String csvCode() {
        return csvCode;
    }

    /** The attributes this kind carries, by name, in display order. */
    public Map<String, AttributeType> attributes() {
        return attributes;
    }

    public static Optional<ItemKind> ofCsvCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (ItemKind kind : values()) {
            if (kind.csvCode.equals(wanted) || kind.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
