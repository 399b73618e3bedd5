package fr.guichet.answer;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A canned answer as a manager writes it. */
public record CannedAnswerDraft(@NotNull Long groupId, @NotBlank @Size(max = 150) String title,
                                @NotBlank @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String body) {
}
