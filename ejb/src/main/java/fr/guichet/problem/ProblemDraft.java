package fr.guichet.problem;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A problem's texts as staff write them; all but the title may wait for the analysis. */
public record ProblemDraft(
        @NotBlank(message = "{problem.title.required}") @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
        Long serviceId,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String analysis,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String workaround,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String rootCause) {

    public ProblemDraft {
        title = title == null ? null : title.strip();
        analysis = blankToNull(analysis);
        workaround = blankToNull(workaround);
        rootCause = blankToNull(rootCause);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
