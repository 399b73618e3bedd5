package fr.guichet.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.catalog.FieldSpec;
import fr.guichet.catalog.FieldType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    private static final List<FieldSpec> FORM = List.of(
            new FieldSpec("mailboxes", "Nombre de boîtes", FieldType.NUMBER, true, BigDecimal.ONE, new BigDecimal("500"), null),
            new FieldSpec("service_name", "Service concerné", FieldType.TEXT, true, null, null, null),
            new FieldSpec("start_date", "Date souhaitée", FieldType.DATE, false, null, null, null),
            new FieldSpec("shared", "Boîte partagée ?", FieldType.YES_NO, false, null, null, null),
            new FieldSpec("size", "Taille", FieldType.SINGLE_CHOICE, false, null, null, List.of("5 Go", "10 Go")),
            new FieldSpec("tools", "Outils", FieldType.MULTIPLE_CHOICE, false, null, null, List.of("Agenda", "Contacts", "Tâches")),
            new FieldSpec("notes", "Remarques", FieldType.LONG_TEXT, false, null, null, null));

    private static Map<String, Object> valid() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("mailboxes", 5);
        answers.put("service_name", "  Direction de l'éducation ");
        return answers;
    }

    private static List<FieldProblem> problemsOf(Map<String, Object> answers) {
        return assertThrows(InvalidAnswersException.class, () -> AnswerValidator.validate(FORM, answers)).problems();
    }

    @Test
    void normalisesValidAnswers() {
        Map<String, Object> answers = valid();
        answers.put("start_date", "2027-01-04");
        answers.put("shared", true);
        answers.put("size", "10 Go");
        answers.put("tools", List.of("Agenda", "Tâches", "Agenda"));
        answers.put("notes", "");
        Map<String, String> result = AnswerValidator.validate(FORM, answers);
        assertEquals("5", result.get("mailboxes"));
        assertEquals("Direction de l'éducation", result.get("service_name"));
        assertEquals("2027-01-04", result.get("start_date"));
        assertEquals("true", result.get("shared"));
        assertEquals("Agenda\nTâches", result.get("tools"));
        assertEquals(null, result.get("notes"), "empty optional answers are not kept");
    }

    @Test
    void numbersAcceptFrenchDecimalCommaAndStrings() {
        Map<String, Object> answers = valid();
        answers.put("mailboxes", "12,0");
        assertEquals("12", AnswerValidator.validate(FORM, answers).get("mailboxes"));
    }

    @Test
    void requiredAnswersMustBeGiven() {
        List<FieldProblem> problems = problemsOf(new HashMap<>(Map.of("service_name", " ")));
        assertEquals(List.of("mailboxes", "service_name"), problems.stream().map(FieldProblem::field).toList());
        assertEquals("request.answer.required", problems.get(0).messageKey());
    }

    @Test
    void numbersMustBeNumbersWithinBounds() {
        Map<String, Object> answers = valid();
        answers.put("mailboxes", 501);
        assertEquals("request.answer.outOfBounds", problemsOf(answers).get(0).messageKey());
        answers.put("mailboxes", 0);
        assertEquals("request.answer.outOfBounds", problemsOf(answers).get(0).messageKey());
        answers.put("mailboxes", "cinq");
        assertEquals("request.answer.notNumber", problemsOf(answers).get(0).messageKey());
    }

    /** Inside [1, 500] by comparison, but a gigabyte once written out: refused before anything writes it. */
    @Test
    void numbersWithHugeExponentsOrTooManyDigitsAreRefusedAtOnce() {
        Map<String, Object> answers = valid();
        for (Object huge : List.of("1E-999999999", "1e999999999", "5.00001", "1".repeat(100_000), new BigDecimal("5E-2147483647"))) {
            answers.put("mailboxes", huge);
            long started = System.nanoTime();
            assertEquals("request.answer.tooPrecise", problemsOf(answers).get(0).messageKey(), String.valueOf(huge).substring(0, 5));
            assertTrue(System.nanoTime() - started < 1_000_000_000L, "refused without building the number");
        }
        answers.put("mailboxes", "5.0000");
        assertEquals("5", AnswerValidator.validate(FORM, answers).get("mailboxes"));
    }

    @Test
    void typesAreChecked() {
        Map<String, Object> answers = valid();
        answers.put("start_date", "04/01/2027");
        answers.put("shared", "peut-être");
        answers.put("size", "100 Go");
        answers.put("tools", List.of("Agenda", "Visio"));
        answers.put("service_name", 42);
        List<String> keys = problemsOf(answers).stream().map(FieldProblem::messageKey).toList();
        assertEquals(List.of("request.answer.notText", "request.answer.notDate", "request.answer.notYesNo",
                "request.answer.notAChoice", "request.answer.notAChoice"), keys);
    }

    @Test
    void unknownKeysAreRefused() {
        Map<String, Object> answers = valid();
        answers.put("budget", 1000);
        FieldProblem problem = problemsOf(answers).get(0);
        assertEquals("budget", problem.field());
        assertEquals("request.answer.unknown", problem.messageKey());
    }

    @Test
    void textsHaveALimit() {
        Map<String, Object> answers = valid();
        answers.put("service_name", "x".repeat(AnswerValidator.MAX_TEXT + 1));
        assertEquals("request.answer.tooLong", problemsOf(answers).get(0).messageKey());
    }
}
