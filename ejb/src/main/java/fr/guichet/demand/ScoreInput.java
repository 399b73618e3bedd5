package fr.guichet.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a demand's score is computed from. Support figures are derived (members and population that
 * co-sign, among the members of the day); risk reduction, inclusion and sovereignty are a manager's
 * marks from 0 to 5; effort in person-days, cost in euro cents.
 */
public record ScoreInput(Support support, LocalDate deadline, LocalDate today, int riskReduction, int inclusion,
                         int sovereignty, BigDecimal effortDays, long costCents) {
}
