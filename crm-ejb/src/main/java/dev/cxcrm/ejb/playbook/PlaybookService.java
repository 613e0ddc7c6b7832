package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.Playbook;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.PlaybookStepId;
import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.playbook.StepDraft;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The playbooks of the eight relationship types: everyone reads them, managers change who does
 * their tasks and their steps. A change applies from the planner's next run; tasks already made
 * stay as they are.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class PlaybookService {
  @Resource SessionContext ctx;
  @Inject PlaybookRepository playbooks;
  @Inject TimeSource time;
  @Inject PlaybookFigureQueries figures;

  /** A playbook with its steps, active or not. */
  public record PlaybookFile(Playbook playbook, List<PlaybookStep> steps) {}

  public List<PlaybookFile> playbooks() {
    List<PlaybookStep> steps = playbooks.steps();
    return playbooks.playbooks().stream()
        .map(
            p ->
                new PlaybookFile(
                    p,
                    steps.stream()
                        .filter(s -> s.relationshipType() == p.relationshipType())
                        .toList()))
        .toList();
  }

  public PlaybookFile playbook(RelationshipType type) {
    return playbooks().stream()
        .filter(f -> f.playbook().relationshipType() == type)
        .findFirst()
        .orElseThrow(() -> new NotFound("Playbook " + type));
  }

  public PlaybookStep step(PlaybookStepId id) {
    return playbooks.find(id.value()).orElseThrow(() -> new NotFound("Step " + id));
  }

  /** Who does the type's tasks; a dedicated customer's are always its named owner's. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PlaybookFile assign(RelationshipType type, int version, Assignment assignment) {
    Playbook p = playbook(type).playbook();
    if (p.version() != version) {
      throw new StaleVersion();
    }
    if (assignment == null) {
      throw InvalidInput.of("assignment", "validation.required", "Required.");
    }
    if (type.requiresOwner() && assignment != Assignment.OWNER) {
      throw InvalidInput.of(
          "assignment",
          "playbook.validation.dedicatedOwner",
          "A dedicated relationship is always its named owner's.");
    }
    p.assign(assignment, actor().name(), time.now());
    playbooks.flush();
    return playbook(type);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PlaybookStep addStep(StepDraft d) {
    PlaybookStep s = PlaybookStep.create(d, actor().name(), time.now());
    playbooks.add(s);
    return s;
  }

  /** Replaces the step read in {@code version}; its type stays (a step belongs to one playbook). */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PlaybookStep changeStep(PlaybookStepId id, int version, StepDraft d) {
    PlaybookStep s = step(id);
    if (s.version() != version) {
      throw new StaleVersion();
    }
    if (d.relationshipType() != null && d.relationshipType() != s.relationshipType()) {
      throw InvalidInput.of(
          "relationshipType",
          "playbook.validation.typeFixed",
          "A step stays in its playbook; add a step to the other one instead.");
    }
    s.change(
        new StepDraft(
            s.relationshipType(),
            d.trigger(),
            d.amount(),
            d.dateKind(),
            d.nameJa(),
            d.nameEn(),
            d.active()),
        actor().name(),
        time.now());
    playbooks.flush();
    return s;
  }

  /**
   * The proactive share of outbound contacts and the playbook coverage on the days {@code from} to
   * {@code to} (business time zone; missing days and the longest period follow {@link
   * ProactiveFigures#PERIOD}), for everyone and per group of {@code by}.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public ProactiveReport figures(LocalDate from, LocalDate to, ProactiveFigures.By by) {
    ReportPeriod p = ProactiveFigures.PERIOD.period(from, to, time.today());
    Instant start = p.start(time.zone());
    Instant end = p.end(time.zone());
    LocalDate today = time.today();
    return new ProactiveReport(
        p,
        by,
        figures.figures(null, start, end, p.from(), p.to(), today).get(0),
        by == null ? List.of() : figures.figures(by, start, end, p.from(), p.to(), today));
  }

  private Actor actor() {
    return Callers.of(ctx);
  }
}
