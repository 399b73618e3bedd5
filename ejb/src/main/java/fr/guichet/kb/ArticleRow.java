package fr.guichet.kb;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of an article list or a suggestion. */
public record ArticleRow(long id, String title, String excerpt, boolean publicArticle, LocalDate lastReviewedOn)
        implements Serializable {
}
