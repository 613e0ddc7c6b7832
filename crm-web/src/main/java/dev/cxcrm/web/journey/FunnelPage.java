package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.Funnel;
import dev.cxcrm.domain.journey.FunnelPeriod;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.journey.JourneyService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The funnel page: the period (the last 90 days at first), segment and relationship type, a
 * horizontal bar per stage and the table of counts, conversion and median days with their sample
 * sizes. Every member of staff may read it.
 */
@Named
@ViewScoped
public class FunnelPage extends SegmentPeriodFilter {
  private static final long serialVersionUID = 1L;

  @Inject JourneyService journey;
  @Inject TimeSource time;

  private Funnel funnel;

  @PostConstruct
  void init() {
    use(FunnelPeriod.RULE.standard(time.today()));
    show();
  }

  public void show() {
    try {
      funnel = journey.funnel(from, to, segment, relationshipType);
    } catch (InvalidInput e) {
      JourneyMessages.fields("filters", e.errors());
    } catch (DomainException e) {
      FacesProblems.show(e, "jour");
    }
  }

  /**
   * Width of a stage's bar in percent of the largest stage; a stage with customers stays visible.
   */
  public double width(Funnel.Step step) {
    long max = funnel.steps().stream().mapToLong(Funnel.Step::count).max().orElse(0);
    if (max == 0) {
      return 0;
    }
    return step.count() == 0 ? 0 : Math.max(2.0, 100.0 * step.count() / max);
  }

  /** A percentage with one decimal, or a dash for no value. */
  public String percent(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
  }

  public String days(Double value) {
    return value == null
        ? "—"
        : JourneyMessages.text("funnel.days", String.format(Locale.ROOT, "%.1f", value));
  }

  public RelationshipType[] getRelationshipTypes() {
    return RelationshipType.values();
  }

  public Funnel getFunnel() {
    return funnel;
  }
}
