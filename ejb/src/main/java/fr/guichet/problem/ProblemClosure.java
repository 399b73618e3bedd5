package fr.guichet.problem;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.Size;

/**
 * How a problem ends: its root cause (required, unless already written) and, when {@code notifyRequesters}, a public note
 * mailed once to each requester of its tickets (nothing internal is ever mailed).
 */
public record ProblemClosure(
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String rootCause,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String publicNote,
        boolean notifyRequesters) {

    public ProblemClosure {
        rootCause = rootCause == null || rootCause.isBlank() ? null : rootCause.strip();
        publicNote = publicNote == null || publicNote.isBlank() ? null : publicNote.strip();
    }
}
