package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.customer.CustomerRepository;
import dev.cxcrm.ejb.feedback.SurveyRepository;
import dev.cxcrm.ejb.interaction.ResponseDeadlines;
import dev.cxcrm.ejb.metrics.RollupStartup;
import dev.cxcrm.ejb.security.PasswordHashing;
import dev.cxcrm.ejb.security.UserRepository;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code crm.sample-data=true} (CRM_SAMPLE_DATA), fills an empty database with a small
 * Japanese business: three staff members and 300 customers with their journey, contacts, cases and
 * pain points ({@link SampleContacts}), so the UI can be tried at once. A database that already has
 * customers is never touched. Users and customers go in through their features' repositories; the
 * generated journey, contacts, cases and pain points in bulk through {@link SampleContactsWriter}.
 * Nothing else depends on this package.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "FirstAdmin", "RollupStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class SampleBusiness {
  static final int CUSTOMERS = 300;
  private static final Logger LOG = Logger.getLogger(SampleBusiness.class.getName());
  private static final String[][] STAFF = {
    {"sato", "佐藤 美咲", "MANAGER"}, {"tanaka", "田中 健一", "AGENT"}, {"kobayashi", "小林 由美", "AGENT"}
  };

  @Inject CustomerRepository customers;
  @Inject UserRepository users;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject ResponseDeadlines deadlines;
  @Inject PasswordHashing hashing;
  @Inject TimeSource time;
  @Inject RollupStartup rollups;
  @Inject SurveyRepository surveys;

  @Inject
  @ConfigProperty(name = "crm.sample-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    if (customers.any()) {
      LOG.info("Sample data not loaded: the database already has customers.");
      return;
    }
    String password = generatePassword();
    Instant now = time.now();
    int contacts;
    int cases;
    SampleFeedback.Counts voice;
    try {
      tx.begin();
      List<String> staff = new ArrayList<>();
      for (String[] s : STAFF) {
        if (users.find(s[0]).isEmpty()) {
          users.add(new AppUser(s[0], s[1], hashing.hash(password), Role.valueOf(s[2]), now));
        }
        staff.add(s[0]);
      }
      // The users are written first: customers name them as owners. One persistence context, so
      // the customer repository's flush writes them.
      customers.flush();
      List<CustomerDraft> drafts = SampleCustomers.generate(CUSTOMERS, staff, time.today());
      var policy = deadlines.policy();
      SampleContacts.Sample cx =
          SampleContacts.generate(
              drafts.stream().map(d -> new SampleContacts.Seed(d.lifecycle(), d.owner())).toList(),
              List.of("tanaka", "kobayashi", "sato"),
              now,
              time.zone(),
              policy::dueAt);
      List<Customer> created = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        SampleContacts.History h = cx.histories().get(i);
        // Created when its journey began, at the stage of its last move since then.
        Customer c = Customer.create(drafts.get(i), "sample", h.createdAt());
        h.moves().forEach(m -> c.moveTo(m.to(), m.at()));
        customers.add(c);
        created.add(c);
      }
      customers.flush();
      created.forEach(
          c ->
              customers.record(
                  new AuditEntry(
                      c.id(),
                      AuditEntry.Action.CREATED,
                      "sample",
                      c.created().at(),
                      Customer.createdFields(c))));
      customers.flush();
      try (Connection connection = dataSource.getConnection()) {
        SampleContactsWriter writer = new SampleContactsWriter(connection);
        writer.write(cx, created.stream().map(Customer::id).toList(), now);
        voice =
            SampleFeedback.write(
                connection,
                writer,
                created.stream()
                    .map(
                        c ->
                            new SampleFeedback.Who(
                                c.id(), c.lifecycle(), c.owner(), c.created().at()))
                    .toList(),
                now,
                policy.calendar());
      }
      // The sample wrote customers, feedback, follow-ups, referrals, purchases and cases
      // directly: the metrics' rollups are made from them.
      rollups.rebuildAll();
      SampleSurveys.drafts().forEach(d -> surveys.insert(d, true, "sample", now));
      contacts = cx.contacts().size();
      cases = cx.cases().size();
      tx.commit();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Sample data not loaded.", e);
      try {
        tx.rollback();
      } catch (Exception ignored) {
        // Nothing was left open.
      }
      return;
    }
    LOG.warning(
        "\n*****************************************************************\n"
            + "* Sample business loaded: "
            + CUSTOMERS
            + " customers with "
            + contacts
            + " contacts and "
            + cases
            + " cases, "
            + voice.feedback()
            + " pieces of feedback ("
            + voice.followUps()
            + " follow-ups), "
            + voice.purchases()
            + " purchases, and the staff users\n"
            + "*     sato (MANAGER), tanaka (AGENT), kobayashi (AGENT)\n"
            + "* with the password  "
            + password
            + "\n"
            + "* It is not shown again.\n"
            + "*****************************************************************");
  }

  private static String generatePassword() {
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
