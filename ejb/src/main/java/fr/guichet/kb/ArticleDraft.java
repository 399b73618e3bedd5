package fr.guichet.kb;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What an author writes; saving it marks the article as reviewed today. */
public record ArticleDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 60000) @MaxBytes(MaxBytes.TEXT) String body,
        @Size(max = 500) String tags,
        boolean publicArticle,
        Set<Long> serviceIds) implements Serializable {
}
