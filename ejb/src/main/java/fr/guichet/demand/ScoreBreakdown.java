package fr.guichet.demand;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score and why: each criterion's value on 0–10, its weight and contribution, then the job size
 * the value is divided by. Lines carry message keys and arguments so each front end words them.
 */
public record ScoreBreakdown(List<Line> lines, BigDecimal value, BigDecimal jobSizeDays, BigDecimal score) {

    /** One criterion: {@code explanationKey} with {@code arguments} says where the value comes from. */
    public record Line(String criterion, BigDecimal value, BigDecimal weight, BigDecimal contribution,
                       String explanationKey, List<Object> arguments) {
    }
}
