package fr.guichet.cmdb;

import java.util.Locale;
import java.util.Optional;

/** Where an item is in its life. Only items that run (in service or under maintenance) put a member in an incident. */
public enum ItemState {
    PLANNED("prevu"), IN_SERVICE("en_service"), MAINTENANCE("maintenance"), RETIRED("retire");

    private final String csvCode;

    ItemState(String csvCode) {
        this.csvCode = csvCode;
    }

    public String csvCode() {
        return csvCode;
    }

    public boolean isRunning() {
        return this == IN_SERVICE || this == MAINTENANCE;
    }

    public static Optional<ItemState> ofCsvCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (ItemState state : values()) {
            if (state.csvCode.equals(wanted) || state.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
