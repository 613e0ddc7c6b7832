package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.isUniqueViolation;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.longOrNull;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.setLong;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.Purchase;
import dev.cxcrm.domain.feedback.PurchaseDraft;
import dev.cxcrm.domain.feedback.PurchaseRules;
import dev.cxcrm.domain.feedback.Referral;
import dev.cxcrm.domain.feedback.ReferralDraft;
import dev.cxcrm.domain.feedback.ReferralStatus;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Purchases and referrals as stored: written in batches, read by id, by external id and per
 * customer newest first (keyset on {@code purchase_customer_idx} and {@code
 * referral_referrer_idx}).
 */
@ApplicationScoped
public class PurchaseRepository {
  private static final String PURCHASE =
      "id, customer_id, purchased_at, amount, currency, item, external_id, created_at, created_by";
  private static final String REFERRAL =
      "id, referrer_id, referred_at, referred_name, referred_customer_id, status, external_id,"
          + " created_at, created_by";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject Event<ReferralsRecorded> referred;
  @Inject Event<PurchasesRecorded> bought;

  List<Long> insertPurchases(List<PurchaseDraft> rows, String actor, Instant now) {
    List<Long> ids = insertPurchaseRows(rows, actor, now);
    bought.fire(
        new PurchasesRecorded(
            rows.stream()
                .map(
                    d ->
                        new PurchasesRecorded.Made(
                            d.customerId(), d.purchasedAt(), d.amount(), d.currency()))
                .toList()));
    return ids;
  }

  private List<Long> insertPurchaseRows(List<PurchaseDraft> rows, String actor, Instant now) {
    return insert(
        "purchase",
        PURCHASE,
        rows,
        (s, d) -> {
          s.setLong(2, d.customerId());
          s.setObject(3, time(d.purchasedAt()));
          s.setBigDecimal(4, d.amount());
          s.setString(5, d.currency());
          s.setString(6, d.item());
          s.setString(7, d.externalId());
        },
        actor,
        now);
  }

  List<Long> insertReferrals(List<ReferralDraft> rows, String actor, Instant now) {
    List<Long> ids = insertReferralRows(rows, actor, now);
    referred.fire(
        new ReferralsRecorded(
            rows.stream()
                .map(d -> new ReferralsRecorded.Made(d.referrerId(), d.referredAt()))
                .toList()));
    return ids;
  }

  private List<Long> insertReferralRows(List<ReferralDraft> rows, String actor, Instant now) {
    return insert(
        "referral",
        REFERRAL,
        rows,
        (s, d) -> {
          s.setLong(2, d.referrerId());
          s.setObject(3, time(d.referredAt()));
          s.setString(4, d.referredName());
          setLong(s, 5, d.referredCustomerId());
          s.setString(6, d.status().name());
          s.setString(7, d.externalId());
        },
        actor,
        now);
  }

  /** Binds a row's own columns, from the second parameter on (the first is the id). */
  private interface Binder<D> {
    void bind(PreparedStatement s, D row) throws SQLException;
  }

  /** Both tables end with external id, created at and by; the binder fills what is between. */
  private <D> List<Long> insert(
      String table, String columns, List<D> rows, Binder<D> binder, String actor, Instant now) {
    if (rows.isEmpty()) {
      return List.of();
    }
    int count = columns.split(",").length;
    String sql =
        "insert into "
            + table
            + " ("
            + columns
            + ", version) values ("
            + Jdbc.marks(count)
            + ", 1)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      List<Long> ids = ids(c, table + "_seq", rows.size());
      for (int i = 0; i < rows.size(); i++) {
        s.setLong(1, ids.get(i));
        binder.bind(s, rows.get(i));
        s.setObject(count - 1, time(now));
        s.setString(count, actor);
        s.addBatch();
      }
      s.executeBatch();
      return ids;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new Conflict("Another request recorded the same external id; repeat it.");
      }
      throw new IllegalStateException("Writing " + table + " failed", e);
    }
  }

  List<Purchase> purchases(Collection<Long> ids) {
    Map<Long, Purchase> byId = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select " + PURCHASE + " from purchase where id in",
        ids,
        r ->
            byId.put(
                r.getLong(1),
                new Purchase(
                    r.getLong(1),
                    new PurchaseDraft(
                        r.getLong(2),
                        instant(r.getObject(3)),
                        PurchaseRules.plain(r.getBigDecimal(4)),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7)),
                    instant(r.getObject(8)),
                    r.getString(9))));
    return ids.stream().distinct().map(byId::get).filter(p -> p != null).toList();
  }

  List<Referral> referrals(Collection<Long> ids) {
    Map<Long, Referral> byId = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select " + REFERRAL + " from referral where id in",
        ids,
        r ->
            byId.put(
                r.getLong(1),
                new Referral(
                    r.getLong(1),
                    new ReferralDraft(
                        r.getLong(2),
                        instant(r.getObject(3)),
                        r.getString(4),
                        longOrNull(r, 5),
                        ReferralStatus.valueOf(r.getString(6)),
                        r.getString(7)),
                    instant(r.getObject(8)),
                    r.getString(9))));
    return ids.stream().distinct().map(byId::get).filter(p -> p != null).toList();
  }

  Map<String, Long> purchaseExternalIds(Collection<String> externalIds) {
    return Jdbc.byExternalId(dataSource, "purchase", externalIds);
  }

  Map<String, Long> referralExternalIds(Collection<String> externalIds) {
    return Jdbc.byExternalId(dataSource, "referral", externalIds);
  }

  List<Long> purchasesOf(long customerId, Instant beforeAt, Long beforeId, int limit) {
    return Jdbc.newestFirst(
        dataSource,
        "purchase",
        "customer_id",
        "purchased_at",
        customerId,
        beforeAt,
        beforeId,
        limit);
  }

  List<Long> referralsBy(long customerId, Instant beforeAt, Long beforeId, int limit) {
    return Jdbc.newestFirst(
        dataSource,
        "referral",
        "referrer_id",
        "referred_at",
        customerId,
        beforeAt,
        beforeId,
        limit);
  }
}
