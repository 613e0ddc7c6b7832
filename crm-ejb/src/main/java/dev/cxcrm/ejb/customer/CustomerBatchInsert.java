package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Contact;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.FieldChange;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.shared.Conflict;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Writes new customers, their collections and their first audit entries as JDBC batches, one
 * statement kind after the other. Through JPA the rows of a customer and of its element collections
 * alternate, so no two consecutive statements are alike and nothing is batched. Runs inside the
 * caller's transaction; ids come from the same sequences, in the same blocks of 50 as the entities.
 */
@ApplicationScoped
public class CustomerBatchInsert {
  private static final int BLOCK = 50;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** Inserts the customers (made by {@link Customer#create}) and returns their ids, in order. */
  public List<Long> insert(List<Customer> customers, String actor, Instant now) {
    if (customers.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = ids(c, "customer_seq", customers.size());
      List<List<FieldChange>> changes = customers.stream().map(Customer::createdFields).toList();
      List<Long> auditIds = ids(c, "customer_audit_seq", customers.size());
      writeCustomers(c, customers, ids);
      writeCollections(c, customers, ids);
      writeAudits(c, ids, auditIds, changes, actor, now);
      return ids;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        // The rows were checked before; a clash means another request wrote the same external id.
        throw new Conflict(
            "Another request created the same customers at the same time; repeat it.");
      }
      throw new IllegalStateException("Writing new customers failed", e);
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static List<Long> ids(Connection c, String sequence, int count) throws SQLException {
    boolean postgres =
        c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    String sql =
        postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    List<Long> ids = new ArrayList<>(count);
    try (Statement s = c.createStatement()) {
      while (ids.size() < count) {
        try (ResultSet r = s.executeQuery(sql)) {
          r.next();
          long last = r.getLong(1);
          for (long id = last - BLOCK + 1; id <= last && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  private static void writeCustomers(Connection c, List<Customer> customers, List<Long> ids)
      throws SQLException {
    String sql =
        "insert into customer (id, version, kind, name, name_kana, sort_key, search_text, email,"
            + " phone, postal_code, region, locality, street, relationship_type, lifecycle, owner,"
            + " consent_email, consent_email_at, consent_survey, consent_survey_at, consent_phone,"
            + " consent_phone_at, consent_sms, consent_sms_at, customer_since, churned_on,"
            + " churn_reason, preferred_channel, preferred_language, created_at, created_by,"
            + " updated_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < customers.size(); i++) {
        Customer x = customers.get(i);
        int p = 1;
        s.setLong(p++, ids.get(i));
        s.setString(p++, x.kind().name());
        s.setString(p++, x.name());
        s.setString(p++, x.nameKana());
        s.setString(p++, x.sortKey());
        s.setString(p++, x.searchText());
        s.setString(p++, x.email());
        s.setString(p++, x.phone());
        s.setString(p++, x.address().postalCode());
        s.setString(p++, x.address().region());
        s.setString(p++, x.address().locality());
        s.setString(p++, x.address().street());
        s.setString(p++, x.relationshipType().name());
        s.setString(p++, x.lifecycle().name());
        s.setString(p++, x.owner());
        var consent = x.consent();
        s.setBoolean(p++, consent.choice().email());
        s.setObject(p++, time(consent.emailChangedAt()));
        s.setBoolean(p++, consent.choice().survey());
        s.setObject(p++, time(consent.surveyChangedAt()));
        s.setBoolean(p++, consent.choice().phone());
        s.setObject(p++, time(consent.phoneChangedAt()));
        s.setBoolean(p++, consent.choice().sms());
        s.setObject(p++, time(consent.smsChangedAt()));
        s.setDate(p++, Date.valueOf(x.customerSince()));
        s.setDate(p++, x.churnedOn() == null ? null : Date.valueOf(x.churnedOn()));
        s.setString(p++, x.churnReason());
        s.setString(p++, x.preferredChannel() == null ? null : x.preferredChannel().name());
        s.setString(p++, x.preferredLanguage());
        s.setObject(p++, time(x.createdAt()));
        s.setString(p++, x.createdBy());
        s.setObject(p, time(x.updatedAt()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void writeCollections(Connection c, List<Customer> customers, List<Long> ids)
      throws SQLException {
    try (PreparedStatement segments =
            c.prepareStatement("insert into customer_segment (customer_id, label) values (?, ?)");
        PreparedStatement externalIds =
            c.prepareStatement(
                "insert into customer_external_id (customer_id, system, external_id) values (?, ?, ?)");
        PreparedStatement contacts =
            c.prepareStatement(
                "insert into customer_contact (customer_id, position, name, role, email, phone)"
                    + " values (?, ?, ?, ?, ?, ?)");
        PreparedStatement dates =
            c.prepareStatement(
                "insert into customer_important_date (customer_id, kind, on_date, label)"
                    + " values (?, ?, ?, ?)")) {
      for (int i = 0; i < customers.size(); i++) {
        Customer x = customers.get(i);
        long id = ids.get(i);
        for (String label : x.segments()) {
          segments.setLong(1, id);
          segments.setString(2, label);
          segments.addBatch();
        }
        for (ExternalId e : x.externalIds()) {
          externalIds.setLong(1, id);
          externalIds.setString(2, e.system());
          externalIds.setString(3, e.id());
          externalIds.addBatch();
        }
        for (int k = 0; k < x.contacts().size(); k++) {
          Contact t = x.contacts().get(k);
          contacts.setLong(1, id);
          contacts.setInt(2, k);
          contacts.setString(3, t.name());
          contacts.setString(4, t.role());
          contacts.setString(5, t.email());
          contacts.setString(6, t.phone());
          contacts.addBatch();
        }
        for (ImportantDate d : x.importantDates()) {
          dates.setLong(1, id);
          dates.setString(2, d.kind().name());
          dates.setDate(3, Date.valueOf(d.date()));
          dates.setString(4, d.label());
          dates.addBatch();
        }
      }
      segments.executeBatch();
      externalIds.executeBatch();
      contacts.executeBatch();
      dates.executeBatch();
    }
  }

  private static void writeAudits(
      Connection c,
      List<Long> ids,
      List<Long> auditIds,
      List<List<FieldChange>> changes,
      String actor,
      Instant now)
      throws SQLException {
    try (PreparedStatement audits =
            c.prepareStatement(
                "insert into customer_audit (id, customer_id, at, actor, action) values (?, ?, ?, ?, ?)");
        PreparedStatement fields =
            c.prepareStatement(
                "insert into customer_audit_change (audit_id, position, field, old_value, new_value)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < ids.size(); i++) {
        audits.setLong(1, auditIds.get(i));
        audits.setLong(2, ids.get(i));
        audits.setObject(3, time(now));
        audits.setString(4, actor);
        audits.setString(5, AuditEntry.Action.CREATED.name());
        audits.addBatch();
        List<FieldChange> list = changes.get(i);
        for (int k = 0; k < list.size(); k++) {
          FieldChange f = list.get(k);
          fields.setLong(1, auditIds.get(i));
          fields.setInt(2, k);
          fields.setString(3, f.field());
          setText(fields, 4, f.oldValue());
          setText(fields, 5, f.newValue());
          fields.addBatch();
        }
      }
      audits.executeBatch();
      fields.executeBatch();
    }
  }

  private static void setText(PreparedStatement s, int p, String value) throws SQLException {
    if (value == null) {
      s.setNull(p, Types.VARCHAR);
    } else {
      s.setString(p, value.length() <= 4000 ? value : value.substring(0, 3999) + "…");
    }
  }

  private static OffsetDateTime time(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
