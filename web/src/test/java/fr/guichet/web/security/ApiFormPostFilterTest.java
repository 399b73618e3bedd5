package fr.guichet.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiFormPostFilterTest {

    @Test
    void theThreeTypesAnHtmlFormCanSendAreRecognisedWhateverTheirSpelling() {
        assertTrue(ApiFormPostFilter.isFormType("application/x-www-form-urlencoded"));
        assertTrue(ApiFormPostFilter.isFormType("multipart/form-data; boundary=----x"));
        assertTrue(ApiFormPostFilter.isFormType(" Text/Plain ;charset=UTF-8"));
    }

    @Test
    void jsonFilesAndMissingTypesGoThrough() {
        assertFalse(ApiFormPostFilter.isFormType(null));
        assertFalse(ApiFormPostFilter.isFormType("application/json"));
        assertFalse(ApiFormPostFilter.isFormType("application/pdf"));
        assertFalse(ApiFormPostFilter.isFormType("text/csv"));
        assertFalse(ApiFormPostFilter.isFormType("application/octet-stream"));
    }
}
