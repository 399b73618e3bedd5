package fr.guichet.web.demand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures of the backlog as pages show them. */
@Named
@ApplicationScoped
public class DemandFormat {

    /** "23 %" of a 0–1 share. */
    public String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
