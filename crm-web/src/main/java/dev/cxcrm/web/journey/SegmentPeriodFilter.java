package dev.cxcrm.web.journey;

import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.PeriodFilter;

/**
 * The journey reports' filter: a period plus the customer segment and relationship type, which the
 * funnel and the emotion map both offer, so their pages share these accessors.
 */
public abstract class SegmentPeriodFilter extends PeriodFilter {
  private static final long serialVersionUID = 1L;

  protected String segment;
  protected RelationshipType relationshipType;

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
  }

  public RelationshipType getRelationshipType() {
    return relationshipType;
  }

  public void setRelationshipType(RelationshipType relationshipType) {
    this.relationshipType = relationshipType;
  }
}
