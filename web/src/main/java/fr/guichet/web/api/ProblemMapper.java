package fr.guichet.web.api;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.DomainException;
import fr.guichet.common.NotFoundException;
import fr.guichet.request.InvalidAnswersException;
import fr.guichet.common.InvalidImportException;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.i18n.ViolationMessages;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error of the API leaves as an RFC 9457 problem document with a French detail; nothing else
 * (no stack trace, no server page) ever reaches a client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /**
     * How RESTEasy says that a query parameter could not be converted (page=abc): "... QueryParam("page")
     * value is 'abc' for public ...". JAX-RS answers 404 for
     * it, as if the resource did not exist; it is the caller's malformed value, so 400 naming it.
     */
    private static final Pattern UNCONVERTIBLE_QUERY = Pattern.compile("QueryParam\\(\"([^\"]+)\"\\) value is '(.*)' for [^']*$", Pattern.DOTALL);

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(unwrap(thrown)).toResponse();
    }

    static Problem problemFor(Throwable error) {
        if (error instanceof ConstraintViolationException invalid) {
            return validation(invalid);
        }
        if (error instanceof InvalidAnswersException invalid) {
            return Problem.of(400, text(invalid.messageKey())).withErrors(invalid.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), text(p.messageKey(), p.arguments().toArray()))).toList());
        }
        if (error instanceof InvalidImportException invalid) {
            return Problem.of(400, text(invalid.messageKey(), invalid.arguments())).withErrors(invalid.problems().stream()
                    .map(p -> new Problem.FieldError(text("import.line", p.line()), text(p.messageKey(), p.arguments().toArray())))
                    .toList());
        }
        if (error instanceof InvalidJsonException invalid) {
            if (invalid.field().isEmpty()) {
                return Problem.of(400, text(invalid.messageKey()));
            }
            String message = text(invalid.messageKey(), argumentsWithField(invalid));
            return Problem.of(400, message).withErrors(List.of(new Problem.FieldError(invalid.field(), message)));
        }
        if (error instanceof NotFoundException notFound) {
            return domain(404, notFound);
        }
        if (error instanceof AccessDeniedException denied) {
            return domain(403, denied);
        }
        if (error instanceof BusinessRuleException rule) {
            return domain(422, rule);
        }
        if (error instanceof OptimisticLockException) {
            return Problem.of(409, text("error.concurrentChange"));
        }
        if (error instanceof JsonbException || error instanceof JsonException || error instanceof ProcessingException) {
            return Problem.of(400, text("error.badJson"));
        }
        if (error instanceof WebApplicationException web) {
            Problem unconvertible = unconvertibleQuery(web.getMessage());
            if (unconvertible != null) {
                return unconvertible;
            }
            int status = web.getResponse().getStatus();
            return Problem.of(status, text(status == 400 ? "error.badJson" : "error.http." + status));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        return Problem.of(500, text("error.internal", incident));
    }

    /** The 400 for a query parameter RESTEasy could not convert, from its message; null for any other failure. */
    static Problem unconvertibleQuery(String message) {
        Matcher query = UNCONVERTIBLE_QUERY.matcher(String.valueOf(message));
        return query.find() ? Problem.of(400, text("error.invalidValue", query.group(1), abbreviated(query.group(2)))) : null;
    }

    private static String abbreviated(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static Object[] argumentsWithField(InvalidJsonException invalid) {
        Object[] arguments = invalid.arguments();
        Object[] all = new Object[arguments.length + 1];
        all[0] = invalid.field();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }

    private static Problem domain(int status, DomainException error) {
        return Problem.of(status, text(error.messageKey(), error.arguments()));
    }

    private static Problem validation(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), ViolationMessages.of(v, Locale.FRENCH)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(400, text("error.validation")).withErrors(errors);
    }

    /** "create.request.email" gives "email": clients know fields, not Java parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }

    /** The exception that explains a failure: the domain or validation error behind EJB wrappers. */
    public static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        Throwable cause = current;
        while (cause != null) {
            if (cause instanceof DomainException || cause instanceof ConstraintViolationException
                    || cause instanceof InvalidJsonException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return current;
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(Locale.FRENCH, key, arguments);
    }
}
