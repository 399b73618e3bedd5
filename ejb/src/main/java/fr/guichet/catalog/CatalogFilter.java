package fr.guichet.catalog;

/** Criteria of the catalogue: words (full text), category code, lifecycle, licence and funding mode. */
public record CatalogFilter(String text, String categoryCode, Lifecycle lifecycle, LicenceType licence,
                            FundingMode funding, boolean includeRetired) {

    public static CatalogFilter all() {
        return new CatalogFilter(null, null, null, null, null, false);
    }
}
