package fr.guichet.web.demand;

import fr.guichet.demand.Demand;
import fr.guichet.demand.QuarterLoad;
import fr.guichet.demand.Roadmap;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** demand/roadmap.xhtml: quarters, capacity, what is planned and what is left. */
@Named
@ViewScoped
public class RoadmapBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Roadmap roadmap;

    private List<QuarterLoad> quarters;
    private Map<String, List<Demand>> planned;
    private String quarter;
    private BigDecimal capacityDays;

    @PostConstruct
    void load() {
        quarters = roadmap.quarters();
        planned = new TreeMap<>();
        for (QuarterLoad load : quarters) {
            planned.put(load.code(), roadmap.plannedIn(load.code()));
        }
    }

    public void setCapacity() {
        try {
            roadmap.setCapacity(quarter == null ? "" : quarter.strip(), capacityDays == null ? BigDecimal.ZERO : capacityDays);
            FacesMessages.info("roadmap.saved");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        load();
    }

    public List<QuarterLoad> getQuarters() {
        return quarters;
    }

    public List<Demand> plannedIn(String code) {
        return planned.getOrDefault(code, List.of());
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getCapacityDays() {
        return capacityDays;
    }

    public void setCapacityDays(BigDecimal capacityDays) {
        this.capacityDays = capacityDays;
    }
}
