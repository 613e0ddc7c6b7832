package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What other features read about customers, in one query per request rather than one entity per
 * row: they read it here (or through {@link CustomerService}), never from the customer table.
 */
@ApplicationScoped
public class CustomerQueries {
  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** The customers with these ids that exist, archived ones included, by id. */
  public Map<Long, CustomerFacts> facts(Collection<Long> ids) {
    return Jdbc.byId(
        dataSource,
        "select id, name, owner, preferred_channel, archived_at, contact_from, contact_until"
            + " from customer where id in",
        ids,
        r ->
            new CustomerFacts(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4) == null ? null : Channel.valueOf(r.getString(4)),
                r.getObject(5) != null,
                DailyHours.ofNullable(
                    r.getObject(6, LocalTime.class), r.getObject(7, LocalTime.class))));
  }

  /**
   * How these customers may be reached (archived ones included), by id: name, address, consent,
   * language and contact hours, for invitations and mail.
   */
  public Map<Long, CustomerReach> reach(Collection<Long> ids) {
    return Jdbc.byId(
        dataSource,
        "select id, name, email, consent_email, consent_survey, consent_phone, consent_sms,"
            + " preferred_language, contact_from, contact_until, owner, archived_at"
            + " from customer where id in",
        ids,
        r ->
            new CustomerReach(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                new ConsentChoice(
                    r.getBoolean(4), r.getBoolean(5), r.getBoolean(6), r.getBoolean(7)),
                r.getString(8),
                DailyHours.ofNullable(
                    r.getObject(9, LocalTime.class), r.getObject(10, LocalTime.class)),
                r.getString(11),
                r.getObject(12) != null));
  }

  /**
   * Up to {@code limit} customers after id {@code afterId}, by id, whose relationship began on one
   * of these days of the year and no later than {@code latest}, archived ones left out: those with
   * an anniversary today. One pass over the customers a day.
   */
  public List<Long> anniversaries(List<MonthDay> days, LocalDate latest, long afterId, int limit) {
    List<Object> params = new ArrayList<>();
    params.add(latest);
    List<String> any = new ArrayList<>();
    for (MonthDay d : days) {
      any.add("(extract(month from customer_since) = ? and extract(day from customer_since) = ?)");
      params.add(d.getMonthValue());
      params.add(d.getDayOfMonth());
    }
    params.add(afterId);
    return Jdbc.list(
        dataSource,
        "select id from customer where archived_at is null and customer_since <= ? and ("
            + String.join(" or ", any)
            + ") and id > ? order by id fetch first "
            + limit
            + " rows only",
        params,
        r -> r.getLong(1));
  }

  /**
   * Up to {@code limit} customers of the segment after id {@code afterId}, by id, archived ones
   * left out, by {@code customer_segment_label_idx}.
   */
  public List<Long> inSegment(String label, long afterId, int limit) {
    return Jdbc.list(
        dataSource,
        "select s.customer_id from customer_segment s join customer c on c.id = s.customer_id"
            + " where s.label = ? and s.customer_id > ? and c.archived_at is null"
            + " order by s.customer_id fetch first "
            + limit
            + " rows only",
        List.of(label, afterId),
        r -> r.getLong(1));
  }

  /** How many customers, archived ones left out, the segment has. */
  public long segmentSize(String label) {
    return Jdbc.list(
            dataSource,
            "select count(*) from customer_segment s join customer c on c.id = s.customer_id"
                + " where s.label = ? and c.archived_at is null",
            List.of(label),
            r -> r.getLong(1))
        .get(0);
  }

  /** Whether the customer exists and is not archived. */
  public boolean isActive(CustomerId id) {
    CustomerFacts c = facts(List.of(id.value())).get(id.value());
    return c != null && !c.archived();
  }

  /** The names of these customers, for lists of other records. */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    facts(ids).forEach((id, c) -> names.put(id, c.name()));
    return names;
  }
}
