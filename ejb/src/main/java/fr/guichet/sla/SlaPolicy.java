package fr.guichet.sla;

import fr.guichet.catalog.ServiceLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Targets in business minutes for a service level and a priority, and the calendar they run on. A row
 * for a ticket type (security incidents) overrides the row for any type.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    public static final String ANY_TYPE = "ANY";

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level")
    private ServiceLevel serviceLevel;

    private String priority;

    @Column(name = "ticket_type")
    private String ticketType;

    @Column(name = "first_response_minutes")
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private int resolutionMinutes;

    @ManyToOne
    @JoinColumn(name = "calendar_id")
    private CalendarDefinition calendar;

    protected SlaPolicy() {
    }

    void change(int firstResponseMinutes, int resolutionMinutes, CalendarDefinition calendar) {
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.calendar = calendar;
    }

    public Long getId() {
        return id;
    }

    public int getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public String getCalendarCode() {
        return calendar.getCode();
    }

    public SlaTarget target() {
        return new SlaTarget(calendar.getCode(), firstResponseMinutes, resolutionMinutes);
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public String getPriority() {
        return priority;
    }

    public String getTicketType() {
        return ticketType;
    }
}
