package fr.guichet.web.demand;

import java.io.Serializable;

/**
 * What a manager's transition of a demand carries: a comment or public reason, the quarter it is planned in,
 * the service that delivered it, the reference of the demand to merge it into, and a rank set by hand with
 * its justification.
 */
public class TransitionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String quarter;
    private Long deliveredServiceId;
    private String mergeInto;
    private Integer rank;
    private String rankReason;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Long getDeliveredServiceId() {
        return deliveredServiceId;
    }

    public void setDeliveredServiceId(Long deliveredServiceId) {
        this.deliveredServiceId = deliveredServiceId;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getRankReason() {
        return rankReason;
    }

    public void setRankReason(String rankReason) {
        this.rankReason = rankReason;
    }
}
