package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.playbook.PlaybookService;
import dev.cxcrm.ejb.playbook.ProactiveReport;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PeriodFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The proactive figures for managers (the access rules refuse the page to agents, the service too):
 * proactive share and playbook coverage, for everyone, by relationship type and by agent.
 */
@Named("proactiveFigures")
@ViewScoped
public class ProactiveFiguresPage extends PeriodFilter {
  private static final long serialVersionUID = 1L;

  /** Below this, a figure is marked as a small sample. */
  public static final int SMALL_SAMPLE = 30;

  @Inject PlaybookService playbooks;
  @Inject PlaybookText text;
  @Inject TimeSource time;

  private transient ProactiveReport byType;
  private transient ProactiveReport byAgent;

  @PostConstruct
  void init() {
    use(ProactiveFigures.PERIOD.standard(time.today()));
    show();
  }

  public void show() {
    try {
      byType = playbooks.figures(from, to, ProactiveFigures.By.TYPE);
      byAgent = playbooks.figures(from, to, ProactiveFigures.By.AGENT);
      use(byType.period());
    } catch (DomainException e) {
      byType = byAgent = null;
      text.show(e, "period");
    }
  }

  public ProactiveFigures getTotal() {
    return byType == null ? null : byType.total();
  }

  public List<ProactiveFigures> getTypes() {
    return byType == null ? List.of() : byType.rows();
  }

  public List<ProactiveFigures> getAgents() {
    return byAgent == null ? List.of() : byAgent.rows();
  }

  /** A row's key in words: the type's label, the agent's name, or the team. */
  public String label(ProactiveFigures f) {
    if (f.key() == null) {
      return text.text("figures.team");
    }
    return Arrays.stream(RelationshipType.values())
        .filter(t -> t.name().equals(f.key()))
        .findFirst()
        .map(text::of)
        .orElse(f.key());
  }

  /** "37.5%", or "—" without a sample. */
  public String percent(Double share) {
    return share == null ? "—" : String.format(text.locale(), "%.1f%%", share);
  }

  public boolean small(long n) {
    return n > 0 && n < SMALL_SAMPLE;
  }
}
