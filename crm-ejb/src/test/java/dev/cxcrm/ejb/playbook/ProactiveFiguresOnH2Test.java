package dev.cxcrm.ejb.playbook;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.playbook.ProactiveFigures.By;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proactive figures on H2 against a month computed by hand (October 2026 in Tokyo, "today" the
 * 20th):
 *
 * <pre>
 * outbound contacts   A (long-term): proactive + reactive by sato; an inbound one; a proactive one
 *                     just before and one just after the month
 *                     C (dedicated): 2 proactive + 1 reactive by tanaka
 * tasks               A: 10-05 done 10-05, 10-10 done 10-12 (late)      → not covered
 *                     B: 10-03 done 10-01                              → covered
 *                     C: 10-02 done 10-02, 10-25 open (not yet due)    → pending
 *                     D: 10-15 open, rescheduled to 10-30; 10-08 skipped → not covered
 *                     E: 10-09 cancelled; F: 11-02 done                 → not counted
 * by type   LONG_TERM   2 outbound, 1 proactive (50 %); 1 of 2 decided covered (50 %)
 *           DEDICATED   3 outbound, 2 proactive (66.7 %); 0 of 1 decided (0 %), 1 pending
 * everyone              5 outbound, 3 proactive (60 %); 1 of 3 decided (33.3 %), 1 pending
 * </pre>
 */
class ProactiveFiguresOnH2Test {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
  private static final LocalDate TO = LocalDate.of(2026, 10, 31);
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

  private static H2Jpa db;
  private static PlaybookFigureQueries queries;
  private static long next = 1000;

  @BeforeAll
  static void month() {
    db = H2Jpa.open("proactive_figures");
    db.user("tanaka", "AGENT");
    db.user("sato", "AGENT");
    db.user("suzuki", "MANAGER");
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    long[] ids = new long[6];
    String[] names = {"A", "B", "C", "D", "E", "F"};
    for (int i = 0; i < 6; i++) {
      boolean dedicated = i == 2 || i == 3;
      CustomerDraft d =
          CustomerDraft.prospect(
                  names[i],
                  dedicated
                      ? RelationshipType.DEDICATED_PERSONAL_ASSISTANCE
                      : RelationshipType.LONG_TERM,
                  LocalDate.of(2024, 1, 1))
              .withOwner(dedicated ? "tanaka" : null);
      ids[i] = db.inTransaction(() -> customers.create(d)).id();
    }
    long a = ids[0], b = ids[1], c = ids[2], d = ids[3], e = ids[4], f = ids[5];
    contact(a, "OUTBOUND", "PROACTIVE", "sato", "2026-10-03T10:00");
    contact(a, "OUTBOUND", "REACTIVE", "sato", "2026-10-04T10:00");
    contact(a, "INBOUND", null, "sato", "2026-10-04T09:00");
    contact(a, "OUTBOUND", "PROACTIVE", "sato", "2026-09-30T23:59");
    contact(a, "OUTBOUND", "PROACTIVE", "sato", "2026-11-01T00:00");
    contact(c, "OUTBOUND", "PROACTIVE", "tanaka", "2026-10-01T00:00");
    contact(c, "OUTBOUND", "PROACTIVE", "tanaka", "2026-10-31T23:59");
    contact(c, "OUTBOUND", "REACTIVE", "tanaka", "2026-10-15T12:00");
    // Seeded steps: 7 and 8 are long-term's, 1 and 2 dedicated's.
    task(a, 7, "2026-10-05", "2026-10-05", "DONE", "2026-10-05", null);
    task(a, 8, "2026-10-10", "2026-10-10", "DONE", "2026-10-12", null);
    task(b, 7, "2026-10-03", "2026-10-03", "DONE", "2026-10-01", null);
    task(c, 2, "2026-10-02", "2026-10-02", "DONE", "2026-10-02", "tanaka");
    task(c, 1, "2026-10-25", "2026-10-25", "OPEN", null, "tanaka");
    task(d, 1, "2026-10-15", "2026-10-30", "OPEN", null, "tanaka");
    task(d, 2, "2026-10-08", "2026-10-08", "SKIPPED", "2026-10-08", "tanaka");
    task(e, 7, "2026-10-09", "2026-10-09", "CANCELLED", "2026-10-09", null);
    task(f, 7, "2026-11-02", "2026-11-02", "DONE", "2026-11-02", null);
    queries = wire(new PlaybookFigureQueries(), db.dataSource());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static void contact(
      long customer, String direction, String purpose, String agent, String tokyoTime) {
    Instant at = java.time.LocalDateTime.parse(tokyoTime).atZone(TOKYO).toInstant();
    db.execute(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " agent, awaits_answer, purpose, created_at, created_by) values ("
            + next++
            + ", 1, "
            + customer
            + ", 'EMAIL', '"
            + direction
            + "', timestamp with time zone '"
            + at
            + "', '"
            + agent
            + "', false, "
            + (purpose == null ? "null" : "'" + purpose + "'")
            + ", current_timestamp, 'test')");
  }

  private static void task(
      long customer,
      long step,
      String planned,
      String due,
      String status,
      String closedOn,
      String assignee) {
    db.execute(
        "insert into task (id, version, customer_id, step_id, occurrence, due_on, planned_on,"
            + " assignee, channel, status, closed_on, created_at) values ("
            + next++
            + ", 1, "
            + customer
            + ", "
            + step
            + ", date '"
            + planned
            + "', date '"
            + due
            + "', date '"
            + planned
            + "', "
            + (assignee == null ? "null" : "'" + assignee + "'")
            + ", 'EMAIL', '"
            + status
            + "', "
            + (closedOn == null ? "null" : "date '" + closedOn + "'")
            + ", current_timestamp)");
  }

  private static List<ProactiveFigures> figures(By by) {
    return queries.figures(
        by,
        FROM.atStartOfDay(TOKYO).toInstant(),
        TO.plusDays(1).atStartOfDay(TOKYO).toInstant(),
        FROM,
        TO,
        TODAY);
  }

  @Test
  void by_relationship_type() {
    assertThat(figures(By.TYPE))
        .containsExactly(
            new ProactiveFigures("DEDICATED_PERSONAL_ASSISTANCE", 3, 2, 0, 1, 1),
            new ProactiveFigures("LONG_TERM", 2, 1, 1, 1, 0));
  }

  @Test
  void by_agent_with_the_teams_tasks_under_nobody() {
    assertThat(figures(By.AGENT))
        .containsExactly(
            new ProactiveFigures("sato", 2, 1, 0, 0, 0),
            new ProactiveFigures("tanaka", 3, 2, 0, 1, 1),
            new ProactiveFigures(null, 0, 0, 1, 1, 0));
  }

  @Test
  void for_everyone() {
    ProactiveFigures all = figures(null).get(0);
    assertThat(all).isEqualTo(new ProactiveFigures(null, 5, 3, 1, 2, 1));
    assertThat(all.proactiveShare()).isEqualTo(60.0);
    assertThat(all.coverage()).isEqualTo(100.0 / 3);
  }
}
