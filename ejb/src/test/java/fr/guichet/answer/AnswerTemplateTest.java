package fr.guichet.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerTemplateTest {

    @Test
    void variablesAreFilledFromTheTicket() {
        assertEquals("Bonjour Jérôme Mathieu, le ticket GUI-2026-000042 (Messagerie) est pris en charge. Kevin Lopez",
                AnswerTemplate.fill("Bonjour {demandeur}, le ticket {reference} ({service}) est pris en charge. {technicien}",
                        Map.of("demandeur", "Jérôme Mathieu", "reference", "GUI-2026-000042", "service", "Messagerie",
                                "technicien", "Kevin Lopez")));
    }

    @Test
    void aMissingValueReadsAsADashAndAValueIsNeverFilledAgain() {
        Map<String, String> values = new HashMap<>();
        values.put("service", null);
        values.put("objet", "Coût {demandeur} $1 \\ fin");
        values.put("demandeur", "Martin");
        assertEquals("Service : — ; objet : Coût {demandeur} $1 \\ fin", AnswerTemplate.fill("Service : {service} ; objet : {objet}", values));
    }

    @Test
    void aTextMayNameOnlyKnownVariables() {
        assertDoesNotThrow(() -> AnswerTemplate.check("Bonjour {demandeur} de {commune}, à propos de {objet}."));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> AnswerTemplate.check("Bonjour {demandeurr}, voir {lien} et {demandeurr}."));
        assertEquals("answer.variable.unknown", refused.messageKey());
        assertArrayEquals(new Object[] {"{demandeurr}, {lien}",
                "{demandeur}, {reference}, {objet}, {service}, {commune}, {technicien}"}, refused.arguments());
    }

    @Test
    void bracesThatAreNotVariablesStayAsWritten() {
        assertDoesNotThrow(() -> AnswerTemplate.check("Tapez {F5} ou { } puis {1}."));
    }
}
