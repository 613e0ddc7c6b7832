package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.interaction.ComplianceReport;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PeriodFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Response-time compliance for managers: per channel, agent and week, with a bar per week. The
 * service refuses anyone else as well; the page answers them 403.
 */
@Named("compliancePage")
@ViewScoped
public class CompliancePage extends PeriodFilter {
  private static final long serialVersionUID = 1L;

  @Inject MetricService metrics;
  @Inject InteractionLabels labels;
  @Inject TimeSource time;

  private transient ComplianceReport byChannel;
  private transient ComplianceReport byAgent;
  private transient ComplianceReport byWeek;

  @PostConstruct
  void init() {
    use(ResponseCompliance.PERIOD.standard(time.today()));
  }

  /** Page action: only managers and admins see the figures. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    if (!external.isUserInRole("MANAGER") && !external.isUserInRole("ADMIN")) {
      external.responseSendError(403, "");
      faces.responseComplete();
      return;
    }
    show();
  }

  public void show() {
    try {
      use(ResponseCompliance.PERIOD.period(from, to, time.today()));
      byChannel = metrics.compliance(from, to, ResponseCompliance.By.CHANNEL);
      byAgent = metrics.compliance(from, to, ResponseCompliance.By.AGENT);
      byWeek = metrics.compliance(from, to, ResponseCompliance.By.WEEK);
    } catch (DomainException e) {
      byChannel = byAgent = byWeek = null;
      labels.show(e, "period");
    }
  }

  public List<ComplianceFigures> getChannels() {
    return byChannel == null ? List.of() : byChannel.rows();
  }

  public List<ComplianceFigures> getAgents() {
    return byAgent == null ? List.of() : byAgent.rows();
  }

  public List<ComplianceFigures> getWeeks() {
    return byWeek == null ? List.of() : byWeek.rows();
  }

  public ComplianceFigures getTotal() {
    return byChannel == null ? null : byChannel.total();
  }

  /** A channel key shown with its label. */
  public String channelLabel(String key) {
    return labels.of(dev.cxcrm.domain.shared.Channel.valueOf(key));
  }
}
