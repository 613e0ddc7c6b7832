package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The metrics staff read (issue 13): the feedback figures of a period, its previous period and its
 * groups, from the daily rollup, so that a year costs a few hundred rows whatever the number of
 * answers.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class MetricService {
  @Inject FeedbackRollupRepository rollup;
  @Inject TouchpointQueries touchpoints;
  @Inject UserQueries users;

  /** A value's name in Japanese and in English. */
  public record Name(String ja, String en) implements java.io.Serializable {}

  /**
   * How people name the values of a cut that the rollup keeps as ids or user names: a touchpoint's
   * Japanese and English names, an agent's display name (both languages). Other cuts' values are
   * their own names (labels, enum constants) and are not listed.
   */
  public Map<String, Name> names(MetricCut cut, Collection<String> values) {
    Map<String, Name> out = new java.util.HashMap<>();
    if (cut == MetricCut.TOUCHPOINT) {
      List<Long> ids =
          values.stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
      touchpoints
          .find(ids)
          .forEach((id, t) -> out.put(id.toString(), new Name(t.nameJa(), t.nameEn())));
    } else if (cut == MetricCut.AGENT) {
      users.enabled().stream()
          .filter(a -> values.contains(a.username()))
          .forEach(a -> out.put(a.username(), new Name(a.displayName(), a.displayName())));
    }
    return out;
  }

  public FeedbackFigures feedback(MetricQuery q) {
    Map<LocalDate, FeedbackCounts> days = rollup.byDay(q.period(), q.cut(), q.value());
    ReportPeriod before = PeriodGrouping.previous(q.period());
    List<FeedbackFigures.Group> groups = new ArrayList<>();
    if (q.byPeriod() != null) {
      List<ReportPeriod> periods = q.byPeriod().groups(q.period());
      FeedbackCounts[] sums = new FeedbackCounts[periods.size()];
      java.util.Arrays.fill(sums, FeedbackCounts.NONE);
      days.forEach(
          (day, c) -> {
            int i = q.byPeriod().indexOf(q.period(), day);
            sums[i] = sums[i].plus(c);
          });
      for (int i = 0; i < sums.length; i++) {
        groups.add(new FeedbackFigures.Group(periods.get(i), null, sums[i]));
      }
    } else if (q.byCut() != null) {
      rollup
          .byValue(q.period(), q.byCut())
          .forEach((value, c) -> groups.add(new FeedbackFigures.Group(null, value, c)));
    }
    return new FeedbackFigures(
        q,
        sum(days.values()),
        before,
        sum(rollup.byDay(before, q.cut(), q.value()).values()),
        groups);
  }

  /** Makes the rollup again from all feedback (an administrator's repair after a direct load). */
  @RolesAllowed(Role.ADMIN_NAME)
  public void rebuild() {
    rollup.rebuild();
  }

  private static FeedbackCounts sum(Collection<FeedbackCounts> rows) {
    return rows.stream().reduce(FeedbackCounts.NONE, FeedbackCounts::plus);
  }
}
