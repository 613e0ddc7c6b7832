package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.ResponseTimes;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.domain.shared.ResponseTally;
import dev.cxcrm.ejb.interaction.ContactsChanged;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The contact rollup of standard compliance and response times (docs/decisions/0018, V4_12): per
 * cut value and day the inbound contacts with a deadline came in, the answered ones in time and
 * late, the unanswered ones one by one (overdue or pending at the time of the request), and the
 * response times counted per bucket and per second ({@link ResponseTimes}), so that a period's
 * exact median and p90 cost its buckets and one bucket's seconds. {@code metric_contact} keeps what
 * each contact added: when a customer's contacts are logged or their answers settled again ({@link
 * ContactsChanged}), each contact that changed takes it back and adds what it adds now, in the
 * transaction of the change, the customer's row locked first. The customer's segments, relationship
 * type and owner (the agent of a contact that names none) are those of the moment the contact was
 * first counted.
 */
@ApplicationScoped
public class ContactRollupRepository implements PeriodRollup<ResponseTally> {
  private static final String CONTACTS = "metric_contact";
  private static final String CUTS = "metric_contact_cut";
  private static final String DAYS = "metric_contact_day";
  private static final String OPEN = "metric_contact_open";
  private static final String BUCKETS = "metric_response_day";
  private static final String SECONDS = "metric_response_second";
  private static final String LOCKS = "metric_contact_lock";
  private static final List<String> DAY_MEASURES = List.of("in_time", "late");
  private static final List<String> BUCKET_KEYS = List.of("cut", "cut_value", "on_day", "bucket");
  private static final List<String> SECOND_KEYS =
      List.of("cut", "cut_value", "bucket", "on_day", "secs");
  private static final List<String> ANSWERED = List.of("answered");
  private static final String COLUMNS =
      "customer_id, occurred_at, due_at, answered_at, channel, agent";
  private static final int REBUILD_PAGE = 5000;

  /** The agent cut's value of the contacts nobody is responsible for. */
  public static final String NOBODY = "";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /**
   * A contact as the rollup counts it: its day in the business zone, deadline, response time in
   * whole seconds and whether it was in time (both null while unanswered), channel and agent.
   */
  record Counted(
      long id,
      long customerId,
      LocalDate day,
      Instant due,
      Long seconds,
      Boolean inTime,
      String channel,
      String agent) {}

  /** What the rollup adds up, by key, until it is written. */
  private record Deltas(
      Map<List<Comparable<?>>, long[]> days,
      Map<List<Comparable<?>>, long[]> buckets,
      Map<List<Comparable<?>>, long[]> seconds,
      List<Object[]> open) {
    Deltas() {
      this(
          RollupRepository.deltas(),
          RollupRepository.deltas(),
          RollupRepository.deltas(),
          new ArrayList<>());
    }

    /**
     * Takes out what belongs to the days before {@code day} (and every unanswered row, each of its
     * own), to be written.
     */
    Deltas before(LocalDate day) {
      Deltas done = new Deltas();
      move(days, done.days(), 2, day);
      move(buckets, done.buckets(), 2, day);
      move(seconds, done.seconds(), 3, day);
      done.open().addAll(open);
      open.clear();
      return done;
    }

    private static void move(
        Map<List<Comparable<?>>, long[]> from,
        Map<List<Comparable<?>>, long[]> to,
        int dayAt,
        LocalDate day) {
      var rows = from.entrySet().iterator();
      while (rows.hasNext()) {
        var row = rows.next();
        if (((LocalDate) row.getKey().get(dayAt)).isBefore(day)) {
          to.put(row.getKey(), row.getValue());
          rows.remove();
        }
      }
    }
  }

  public void changed(@Observes ContactsChanged event) {
    update(event.customerIds(), event.contactIds());
  }

  /**
   * Counts again the contacts {@code contactIds} of these customers, or (null) all their contacts:
   * the customers' rows locked first, so that two writers of one customer count from each other's
   * writes.
   */
  void update(List<Long> customers, List<Long> contactIds) {
    List<Long> sorted = customers.stream().distinct().sorted().toList();
    if (sorted.isEmpty()) {
      return;
    }
    RollupRepository.lock(dataSource, LOCKS, sorted);
    boolean all = contactIds == null;
    Collection<Long> keys = all ? sorted : contactIds;
    Map<Long, Counted> now = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select "
            + COLUMNS
            + ", occurred_at, id from shared_contact where "
            + (all ? "customer_id" : "id")
            + " in",
        keys,
        r -> now.put(r.getLong(8), counted(r)));
    Map<Long, Counted> before =
        Jdbc.byId(
            dataSource,
            "select interaction_id, customer_id, on_day, due_at, secs, in_time, channel, agent from "
                + CONTACTS
                + " where "
                + (all ? "customer_id" : "interaction_id")
                + " in",
            keys,
            r ->
                new Counted(
                    r.getLong(1),
                    r.getLong(2),
                    r.getDate(3).toLocalDate(),
                    Jdbc.instant(r.getObject(4)),
                    Jdbc.longOrNull(r, 5),
                    (Boolean) r.getObject(6),
                    r.getString(7),
                    r.getString(8)));
    TreeSet<Long> seen = new TreeSet<>(now.keySet());
    seen.addAll(before.keySet());
    List<Long> changed =
        seen.stream().filter(id -> !Objects.equals(before.get(id), now.get(id))).toList();
    if (changed.isEmpty()) {
      return;
    }
    Map<Long, List<List<String>>> cuts =
        RollupRepository.keptCuts(dataSource, CUTS, "interaction_id", changed);
    cuts.putAll(
        keepCuts(
            changed.stream()
                .filter(id -> !before.containsKey(id) && now.containsKey(id))
                .map(now::get)
                .toList()));
    Deltas d = new Deltas();
    RollupRepository.recount(
        changed, before, now, cuts, (c, kept, sign) -> count(c, kept, sign, d));
    RollupRepository.forget(dataSource, CONTACTS, "interaction_id", changed);
    RollupRepository.forget(dataSource, OPEN, "interaction_id", changed);
    keep(changed.stream().map(now::get).filter(Objects::nonNull).toList());
    write(d, false);
  }

  private Counted counted(ResultSet r) throws SQLException {
    Instant at = Jdbc.instant(r.getObject(2));
    Instant due = Jdbc.instant(r.getObject(3));
    Instant answered = r.getObject(4) == null ? null : Jdbc.instant(r.getObject(4));
    return new Counted(
        r.getLong(8),
        r.getLong(1),
        at.atZone(time.zone()).toLocalDate(),
        due,
        // Whole seconds, rounded down, as the compliance report counts them.
        answered == null ? null : Duration.between(at, answered).toSeconds(),
        answered == null ? null : !answered.isAfter(due),
        r.getString(5),
        r.getString(6));
  }

  /**
   * The customers' segments and relationship type now, and their owner as the agent of contacts
   * that name none, kept as the contacts' cuts from now on.
   */
  private Map<Long, List<List<String>>> keepCuts(Collection<Counted> contacts) {
    Map<Long, List<List<String>>> byCustomer =
        RollupRepository.customerCuts(
            dataSource, contacts.stream().map(Counted::customerId).distinct().toList(), true);
    Map<Long, List<List<String>>> out = new HashMap<>();
    for (Counted c : contacts) {
      out.put(
          c.id(),
          byCustomer.getOrDefault(c.customerId(), List.of()).stream()
              .filter(k -> c.agent() == null || !k.get(0).equals(MetricCut.AGENT.name()))
              .toList());
    }
    RollupRepository.keepCuts(dataSource, CUTS, "interaction_id", out);
    return out;
  }

  private void keep(Collection<Counted> contacts) {
    RollupRepository.write(
        dataSource,
        "insert into "
            + CONTACTS
            + " (interaction_id, customer_id, on_day, due_at, secs, in_time, channel, agent)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        contacts,
        (s, c) -> {
          s.setLong(1, c.id());
          s.setLong(2, c.customerId());
          s.setDate(3, Date.valueOf(c.day()));
          s.setObject(4, Jdbc.time(c.due()));
          Jdbc.setLong(s, 5, c.seconds());
          s.setObject(6, c.inTime());
          s.setString(7, c.channel());
          s.setString(8, c.agent());
        });
  }

  /**
   * Adds {@code sign} times what a contact counts under ALL, its kept cuts, its channel and its own
   * agent: answered, in time or late on its day, in its bucket and at its second; unanswered, a row
   * of its own (only when added: a contact taken back loses its rows by id).
   */
  private static void count(Counted c, List<List<String>> cuts, long sign, Deltas d) {
    List<List<String>> keys = new ArrayList<>();
    keys.add(List.of(FeedbackRollupRepository.ALL, ""));
    keys.addAll(cuts);
    keys.add(List.of(MetricCut.CHANNEL.name(), c.channel()));
    if (c.agent() != null) {
      keys.add(List.of(MetricCut.AGENT.name(), c.agent()));
    } else if (cuts.stream().noneMatch(k -> k.get(0).equals(MetricCut.AGENT.name()))) {
      // Nobody is responsible (no agent, no owner): the report lists them as such.
      keys.add(List.of(MetricCut.AGENT.name(), NOBODY));
    }
    for (List<String> k : keys) {
      if (c.seconds() == null) {
        if (sign > 0) {
          d.open().add(new Object[] {k.get(0), k.get(1), c.day(), c.id(), c.due()});
        }
        continue;
      }
      boolean inTime = c.inTime();
      RollupRepository.merge(
          d.days(),
          List.of(k.get(0), k.get(1), c.day()),
          new long[] {inTime ? sign : 0, inTime ? 0 : sign});
      int bucket = ResponseTimes.bucket(c.seconds());
      RollupRepository.merge(
          d.buckets(), List.of(k.get(0), k.get(1), c.day(), bucket), new long[] {sign});
      RollupRepository.merge(
          d.seconds(),
          List.of(k.get(0), k.get(1), bucket, c.day(), c.seconds()),
          new long[] {sign});
    }
  }

  /**
   * Writes the deltas: added to the rows there are, or ({@code fresh}) inserted into a rollup that
   * was emptied and never holds their keys yet.
   */
  private void write(Deltas d, boolean fresh) {
    RollupRepository.write(
        dataSource,
        "insert into "
            + OPEN
            + " (cut, cut_value, on_day, interaction_id, due_at)"
            + " values (?, ?, ?, ?, ?)",
        d.open(),
        (s, row) -> {
          s.setString(1, (String) row[0]);
          s.setString(2, (String) row[1]);
          s.setDate(3, Date.valueOf((LocalDate) row[2]));
          s.setLong(4, (Long) row[3]);
          s.setObject(5, Jdbc.time((Instant) row[4]));
        });
    if (fresh) {
      RollupRepository.insert(
          dataSource, DAYS, FeedbackRollupRepository.KEYS, DAY_MEASURES, d.days());
      RollupRepository.insert(dataSource, BUCKETS, BUCKET_KEYS, ANSWERED, d.buckets());
      RollupRepository.insert(dataSource, SECONDS, SECOND_KEYS, ANSWERED, d.seconds());
    } else {
      RollupRepository.add(dataSource, DAYS, FeedbackRollupRepository.KEYS, DAY_MEASURES, d.days());
      RollupRepository.add(dataSource, BUCKETS, BUCKET_KEYS, ANSWERED, d.buckets());
      RollupRepository.add(dataSource, SECONDS, SECOND_KEYS, ANSWERED, d.seconds());
    }
  }

  /**
   * Empties the rollup and makes it again from all contacts, by pages in the order they came in:
   * the counts of the days before a page's first are complete and written at once, so that the
   * deltas held never exceed a few days'.
   */
  public void rebuild() {
    for (String table : List.of(DAYS, OPEN, BUCKETS, SECONDS, CONTACTS, CUTS)) {
      Jdbc.update(dataSource, "delete from " + table, List.of());
    }
    Deltas[] held = {new Deltas()};
    RollupRepository.inPages(
        dataSource,
        COLUMNS,
        "shared_contact",
        "occurred_at",
        REBUILD_PAGE,
        this::counted,
        page -> {
          Map<Long, List<List<String>>> cuts = keepCuts(page);
          keep(page);
          LocalDate first = page.get(0).day();
          Deltas done = held[0].before(first);
          write(done, true);
          page.forEach(c -> count(c, cuts.get(c.id()), 1, held[0]));
        });
    write(held[0], true);
    List.of(DAYS, OPEN, BUCKETS, SECONDS, CONTACTS, CUTS).forEach(t -> Jdbc.analyze(dataSource, t));
  }

  /** Makes the rollup when it is empty and contacts exist; answers whether it did. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(dataSource, CONTACTS, "shared_contact", this::rebuild);
  }

  // --- reading -------------------------------------------------------------------------------

  /**
   * The tallies of each period, of all or one cut's value: the answered contacts in time and late,
   * the unanswered ones overdue and pending now, and the response times at the ranks of the median
   * and p90, in four statements whatever the number of periods.
   */
  @Override
  public List<ResponseTally> counts(List<ReportPeriod> periods, MetricCut cut, String value) {
    return counts(periods, cut, value, true);
  }

  /** The period's tallies per value of one cut (values without contacts left out). */
  @Override
  public Map<String, ResponseTally> byValue(ReportPeriod period, MetricCut cut) {
    return byValue(period, cut, true);
  }

  /**
   * The rollup read without the response times: compliance needs only the outcomes, which the days
   * and the unanswered rows hold, and the buckets are most of what a breakdown costs. The tallies
   * count no answered contact for the response times ({@code answered} 0, no median, no p90).
   */
  PeriodRollup<ResponseTally> withoutResponseTimes() {
    return PeriodRollup.of(
        (p, cut, v) -> counts(p, cut, v, false), (p, cut) -> byValue(p, cut, false));
  }

  private List<ResponseTally> counts(
      List<ReportPeriod> periods, MetricCut cut, String value, boolean times) {
    List<Object> params = new ArrayList<>();
    String over = RollupRepository.over(periods, cut, value, params);
    String matching =
        " x on x.cut = ? and x.cut_value = ? and x.on_day >= p.lo and x.on_day <= p.hi";
    Map<Integer, long[]> days = new HashMap<>();
    Jdbc.list(
            dataSource,
            "select p.k, sum(x.in_time), sum(x.late)" + over + DAYS + matching + " group by p.k",
            params,
            r -> new long[] {r.getInt(1), r.getLong(2), r.getLong(3)})
        .forEach(r -> days.put((int) r[0], new long[] {r[1], r[2]}));
    Map<Integer, long[]> open = new HashMap<>();
    Instant now = time.now();
    List<Object> openParams = new ArrayList<>(List.of(Jdbc.time(now), Jdbc.time(now)));
    openParams.addAll(params);
    Jdbc.list(
            dataSource,
            "select p.k, count(case when x.due_at < ? then 1 end),"
                + " count(case when x.due_at >= ? then 1 end)"
                + over
                + OPEN
                + matching
                + " group by p.k",
            openParams,
            r -> new long[] {r.getInt(1), r.getLong(2), r.getLong(3)})
        .forEach(r -> open.put((int) r[0], new long[] {r[1], r[2]}));
    Map<Integer, NavigableMap<Integer, Long>> buckets = new HashMap<>();
    if (times) {
      Jdbc.list(
              dataSource,
              "select p.k, x.bucket, sum(x.answered)"
                  + over
                  + BUCKETS
                  + matching
                  + " group by p.k, x.bucket",
              params,
              r -> new long[] {r.getInt(1), r.getInt(2), r.getLong(3)})
          .forEach(
              r -> buckets.computeIfAbsent((int) r[0], k -> new TreeMap<>()).put((int) r[1], r[2]));
    }
    String key = cut == null ? "" : value;
    List<Group> groups = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) {
      groups.add(
          new Group(
              key,
              periods.get(k),
              days.getOrDefault(k, new long[2]),
              open.getOrDefault(k, new long[2]),
              buckets.getOrDefault(k, new TreeMap<>())));
    }
    return tallies(cut, groups, times);
  }

  private Map<String, ResponseTally> byValue(ReportPeriod period, MetricCut cut, boolean times) {
    Map<String, long[]> days =
        RollupRepository.byValue(dataSource, DAYS, DAY_MEASURES, period, cut, null);
    Instant now = time.now();
    Map<String, long[]> open = new HashMap<>();
    Jdbc.list(
            dataSource,
            "select cut_value, count(case when due_at < ? then 1 end),"
                + " count(case when due_at >= ? then 1 end) from "
                + OPEN
                + " where cut = ? and on_day >= ? and on_day <= ? group by cut_value",
            List.of(
                Jdbc.time(now),
                Jdbc.time(now),
                cut.name(),
                Date.valueOf(period.from()),
                Date.valueOf(period.to())),
            r -> Map.entry(r.getString(1), new long[] {r.getLong(2), r.getLong(3)}))
        .forEach(e -> open.put(e.getKey(), e.getValue()));
    Map<String, NavigableMap<Integer, Long>> buckets = new HashMap<>();
    if (times) {
      Jdbc.list(
          dataSource,
          "select cut_value, bucket, sum(answered) from "
              + BUCKETS
              + " where cut = ? and on_day >= ? and on_day <= ? group by cut_value, bucket",
          List.of(cut.name(), Date.valueOf(period.from()), Date.valueOf(period.to())),
          r -> {
            buckets
                .computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                .put(r.getInt(2), r.getLong(3));
            return null;
          });
    }
    TreeSet<String> values = new TreeSet<>(days.keySet());
    values.addAll(open.keySet());
    List<Group> groups = new ArrayList<>();
    for (String v : values) {
      groups.add(
          new Group(
              v,
              period,
              days.getOrDefault(v, new long[2]),
              open.getOrDefault(v, new long[2]),
              buckets.getOrDefault(v, new TreeMap<>())));
    }
    Map<String, ResponseTally> out = new TreeMap<>();
    tallies(cut, groups, times).forEach(t -> out.put(t.key(), t));
    return out;
  }

  /**
   * One group's counts: its cut value and period, answered in time and late, unanswered overdue and
   * pending, and its response times per bucket.
   */
  private record Group(
      String value,
      ReportPeriod period,
      long[] answered,
      long[] unanswered,
      NavigableMap<Integer, Long> buckets) {}

  /**
   * The groups' tallies (keyed by their cut value): the places of the median's and p90's ranks
   * among each group's buckets, then the values at them among the seconds of those buckets, one
   * statement for all groups.
   */
  private List<ResponseTally> tallies(MetricCut cut, List<Group> groups, boolean times) {
    List<List<ResponseTimes.Place>> places = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      long n = group.buckets().values().stream().mapToLong(Long::longValue).sum();
      List<ResponseTimes.Place> at = ResponseTimes.places(group.buckets(), ResponseTimes.ranks(n));
      places.add(at);
      for (int bucket : at.stream().map(ResponseTimes.Place::bucket).distinct().toList()) {
        rows.add(
            "("
                + g
                + ", "
                + bucket
                + ", cast(? as varchar(100)), cast(? as date), cast(? as date))");
        params.add(group.value());
        params.add(Date.valueOf(group.period().from()));
        params.add(Date.valueOf(group.period().to()));
      }
    }
    Map<List<Integer>, NavigableMap<Long, Long>> seconds = new HashMap<>();
    if (!rows.isEmpty()) {
      params.add(cut == null ? FeedbackRollupRepository.ALL : cut.name());
      Jdbc.list(
          dataSource,
          "select p.g, p.b, x.secs, sum(x.answered) from (values "
              + String.join(", ", rows)
              + ") p (g, b, v, lo, hi) join "
              + SECONDS
              + " x on x.cut = ? and x.cut_value = p.v and x.bucket = p.b"
              + " and x.on_day >= p.lo and x.on_day <= p.hi group by p.g, p.b, x.secs",
          params,
          r -> {
            seconds
                .computeIfAbsent(List.of(r.getInt(1), r.getInt(2)), k -> new TreeMap<>())
                .put(r.getLong(3), r.getLong(4));
            return null;
          });
    }
    List<ResponseTally> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      List<Long> picked = new ArrayList<>();
      for (ResponseTimes.Place p : places.get(g)) {
        picked.add(ResponseTimes.at(seconds.get(List.of(g, p.bucket())), p.rank()));
      }
      boolean none = picked.isEmpty();
      out.add(
          new ResponseTally(
              group.value(),
              (int) group.answered()[0],
              (int) group.answered()[1],
              (int) group.unanswered()[0],
              (int) group.unanswered()[1],
              times ? (int) (group.answered()[0] + group.answered()[1]) : 0,
              none ? null : picked.get(0),
              none ? null : picked.get(1),
              none ? null : picked.get(2)));
    }
    return out;
  }
}
