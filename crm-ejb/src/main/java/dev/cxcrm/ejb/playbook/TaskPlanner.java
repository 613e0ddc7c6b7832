package dev.cxcrm.ejb.playbook;

import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the playbooks' tasks: every hour and a minute after the server starts, on every server, but
 * only the server that takes the lease plans; it plans the due dates from the day after the last
 * planned one to {@value #HORIZON_DAYS} days ahead, so that a run after downtime catches up and a
 * run on the same day plans nothing twice (docs/decisions/0014-playbooks-and-tasks.md).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskPlanner {
  private static final Logger LOG = Logger.getLogger(TaskPlanner.class.getName());

  /** Tasks appear this many days before they are due. */
  public static final int HORIZON_DAYS = 14;

  /** Longer than any run; a server that dies holding the lease blocks the others this long. */
  static final Duration LEASE = Duration.ofMinutes(30);

  private final String holder = "planner-" + UUID.randomUUID();
  private final AtomicBoolean running = new AtomicBoolean();

  @Resource TimerService timers;
  @Inject TaskPlanning planning;
  @Inject TimeSource time;

  @PostConstruct
  void catchUpSoon() {
    timers.createSingleActionTimer(Duration.ofMinutes(1).toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void afterStart() {
    run();
  }

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    run();
  }

  /** One run: returns the number of the last day planned, or empty when another server plans. */
  public Optional<LocalDate> run() {
    if (!running.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      if (!planning.lease(holder, LEASE)) {
        return Optional.empty();
      }
      LocalDate today = time.today();
      LocalDate through = today.plusDays(HORIZON_DAYS);
      LocalDate from = planning.plannedThrough().map(d -> d.plusDays(1)).orElse(today);
      try {
        if (!from.isAfter(through)) {
          Optional<Long> after = Optional.empty();
          do {
            after = planning.planBatch(after.orElse(null), from, through);
          } while (after.isPresent());
        }
        planning.release(holder, from.isAfter(through) ? from.minusDays(1) : through);
        return Optional.of(through);
      } catch (RuntimeException e) {
        planning.release(holder, planning.plannedThrough().orElse(null));
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Planning the playbooks' tasks failed; the next run tries again", e);
      return Optional.empty();
    } finally {
      running.set(false);
    }
  }
}
