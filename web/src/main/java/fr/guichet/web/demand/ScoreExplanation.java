package fr.guichet.web.demand;

import fr.guichet.demand.ScoreBreakdown;
import fr.guichet.web.i18n.Texts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** "Pourquoi ce rang ?": a score breakdown worded in plain language, for the page and the API. */
public record ScoreExplanation(List<Line> lines, BigDecimal value, BigDecimal jobSizeDays, BigDecimal score, String summary)
        implements Serializable {

    /** One criterion, in words. */
    public record Line(String criterion, String label, BigDecimal value, BigDecimal weight, BigDecimal contribution,
                       String explanation) implements Serializable {
    }

    public static ScoreExplanation of(ScoreBreakdown breakdown, Locale locale) {
        if (breakdown == null) {
            return null;
        }
        List<Line> lines = breakdown.lines().stream().map(l -> new Line(l.criterion(),
                Texts.get(locale, "demand.criterion." + l.criterion()), l.value(), l.weight(), l.contribution(),
                Texts.get(locale, l.explanationKey(), l.arguments().toArray()))).toList();
        return new ScoreExplanation(lines, breakdown.value(), breakdown.jobSizeDays(), breakdown.score(),
                Texts.get(locale, "demand.why.summary", breakdown.value(), breakdown.jobSizeDays(), breakdown.score()));
    }
}
