package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.journey.JourneyService;
import dev.cxcrm.ejb.journey.StageMove;
import dev.cxcrm.web.customer.CustomerDetailPage;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The journey part of the customer page: the current stage as steps with its focus, the move to
 * another stage, and the history of moves. The customer is the page's ({@code customerDetail}).
 */
@Named("customerJourney")
@ViewScoped
public class CustomerJourneyPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerDetailPage page;
  @Inject CustomerService customers;
  @Inject JourneyService journey;
  @Inject CurrentActor currentActor;

  private JourneyStage stage;
  private Instant since;
  private String owner;
  private JourneyStage target;
  private transient List<StageChange> history;
  private transient Map<String, String> names;

  private void load() {
    Long id = page.getId();
    if (id == null) {
      return;
    }
    Customer c = customers.get(CustomerId.lookup(id));
    stage = c.stage();
    since = c.stageSince();
    owner = c.owner();
    history = journey.history(CustomerId.lookup(id));
    if (target == null || target == stage) {
      target = next(stage);
    }
  }

  public void move() {
    try {
      StageMove m = journey.moveStage(CustomerId.lookup(page.getId()), target);
      JourneyMessages.info(
          m.moved() ? "stage.moved" : "stage.unchanged", label(m.customer().stage()));
    } catch (InvalidInput e) {
      JourneyMessages.fields("journey", e.errors());
    } catch (Forbidden e) {
      JourneyMessages.error("stage.forbidden");
    } catch (StaleVersion e) {
      JourneyMessages.error("touchpoint.stale");
    } catch (DomainException e) {
      FacesProblems.show(e, "jour");
    }
    target = null;
    load();
  }

  private static String label(JourneyStage s) {
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString("JourneyStage." + s);
  }

  private static JourneyStage next(JourneyStage s) {
    JourneyStage[] all = JourneyStage.values();
    return s == null || s.ordinal() == all.length - 1 ? s : all[s.ordinal() + 1];
  }

  /** Whether the user may move this customer: the service's rule, to disable the form early. */
  public boolean isMayMove() {
    ensureLoaded();
    Actor a = currentActor.find().orElse(null);
    return a != null && Ownership.mayChange(a, owner);
  }

  public JourneyStage getStage() {
    ensureLoaded();
    return stage;
  }

  public int getStageIndex() {
    ensureLoaded();
    return stage == null ? 0 : stage.ordinal();
  }

  public Instant getSince() {
    ensureLoaded();
    return since;
  }

  public List<StageChange> getHistory() {
    ensureLoaded();
    return history;
  }

  /** The display name of the user who made a change; API keys and unknown users by their name. */
  public String who(String username) {
    if (names == null) {
      names =
          customers.owners().stream()
              .collect(
                  Collectors.toMap(OwnerChoice::username, OwnerChoice::displayName, (a, b) -> a));
    }
    return names.getOrDefault(username, username);
  }

  public JourneyStage[] getStages() {
    return JourneyStage.values();
  }

  public JourneyStage getTarget() {
    ensureLoaded();
    return target;
  }

  public void setTarget(JourneyStage target) {
    this.target = target;
  }

  private void ensureLoaded() {
    if (history == null) {
      load();
    }
  }
}
