package fr.guichet.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkLinesTest {

    @Test
    void readsOneLinkPerLineSkippingBlankLines() {
        assertEquals(List.of(new LinkLines.Link("Guide", "https://docs.sitiv.example.fr/guide"),
                        new LinkLines.Link("FAQ | aide", "https://docs.sitiv.example.fr/faq")),
                LinkLines.parse("Guide | https://docs.sitiv.example.fr/guide\n\n  FAQ | aide | https://docs.sitiv.example.fr/faq  "));
    }

    @Test
    void refusesLinksWithoutLabelOrHttps() {
        assertThrows(BusinessRuleException.class, () -> LinkLines.parse("https://docs.sitiv.example.fr"));
        assertThrows(BusinessRuleException.class, () -> LinkLines.parse("Guide | javascript:alert(1)"));
        assertThrows(BusinessRuleException.class, () -> LinkLines.parse("Guide | http://insecure.example.fr"));
        assertEquals(List.of(), LinkLines.parse(null));
    }
}
