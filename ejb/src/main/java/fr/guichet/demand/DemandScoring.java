package fr.guichet.demand;

import fr.guichet.common.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented score of a demand, WSJF-like: the weighted sum of its value criteria (each on 0–10)
 * divided by its job size in person-days (effort plus cost at the day rate). Member value and urgency
 * are derived, never typed: the first from the share of members and of the population that co-sign,
 * the second from the regulatory deadline.
 */
public final class DemandScoring {

    static final BigDecimal TEN = BigDecimal.TEN;
    static final int MAX_MARK = 5;

    private DemandScoring() {
    }

    public static ScoreBreakdown score(ScoreInput input, ScoringWeights weights) {
        if (input.effortDays() == null || input.effortDays().signum() <= 0) {
            throw new BusinessRuleException("demand.score.effortRequired");
        }
        if (input.costCents() < 0) {
            throw new BusinessRuleException("demand.score.costInvalid");
        }
        for (int mark : new int[] {input.riskReduction(), input.inclusion(), input.sovereignty()}) {
            if (mark < 0 || mark > MAX_MARK) {
                throw new BusinessRuleException("demand.score.markInvalid", MAX_MARK);
            }
        }
        Support support = input.support();
        List<ScoreBreakdown.Line> lines = new ArrayList<>();
        BigDecimal memberValue = support.memberShare().add(support.populationShare()).multiply(BigDecimal.valueOf(5));
        lines.add(line("memberValue", memberValue, weights.memberValue(), "demand.why.memberValue",
                support.members(), support.totalMembers(), percent(support.populationShare())));
        long daysLeft = input.deadline() == null ? -1 : ChronoUnit.DAYS.between(input.today(), input.deadline());
        lines.add(line("urgency", urgency(input.deadline(), input.today()), weights.urgency(),
                input.deadline() == null ? "demand.why.noDeadline" : "demand.why.deadline", input.deadline(), Math.max(0, daysLeft)));
        lines.add(line("riskReduction", mark(input.riskReduction()), weights.riskReduction(), "demand.why.mark", input.riskReduction(), MAX_MARK));
        lines.add(line("inclusion", mark(input.inclusion()), weights.inclusion(), "demand.why.mark", input.inclusion(), MAX_MARK));
        lines.add(line("sovereignty", mark(input.sovereignty()), weights.sovereignty(), "demand.why.mark", input.sovereignty(), MAX_MARK));
        BigDecimal value = lines.stream().map(ScoreBreakdown.Line::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal size = input.effortDays().add(BigDecimal.valueOf(input.costCents())
                .divide(BigDecimal.valueOf(weights.dayRateCents()), 2, RoundingMode.HALF_UP));
        BigDecimal score = value.divide(size, 3, RoundingMode.HALF_UP);
        return new ScoreBreakdown(List.copyOf(lines), value.setScale(2, RoundingMode.HALF_UP), size, score);
    }

    /** A deadline within three months is as urgent as can be (so is a missed one); none is not urgent. */
    static BigDecimal urgency(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        int value = days <= 90 ? 10 : days <= 180 ? 7 : days <= 365 ? 4 : 1;
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal mark(int mark) {
        return BigDecimal.valueOf(mark * 2L);
    }

    private static ScoreBreakdown.Line line(String criterion, BigDecimal value, BigDecimal weight, String key, Object... arguments) {
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        return new ScoreBreakdown.Line(criterion, scaled, weight, scaled.multiply(weight).setScale(2, RoundingMode.HALF_UP),
                key, java.util.Arrays.asList(arguments));
    }

    private static long percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
