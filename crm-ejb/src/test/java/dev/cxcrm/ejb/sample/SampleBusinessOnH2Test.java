package dev.cxcrm.ejb.sample;

import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.ejb.customer.CustomerRepository;
import dev.cxcrm.ejb.feedback.SurveyRepository;
import dev.cxcrm.ejb.interaction.ResponseDeadlines;
import dev.cxcrm.ejb.interaction.ResponseStandardRepository;
import dev.cxcrm.ejb.metrics.CaseRollupRepository;
import dev.cxcrm.ejb.metrics.ContactRollupRepository;
import dev.cxcrm.ejb.metrics.CustomerRollupRepository;
import dev.cxcrm.ejb.metrics.FeedbackRollupRepository;
import dev.cxcrm.ejb.metrics.PurchaseRollupRepository;
import dev.cxcrm.ejb.metrics.RecoveryRollupRepository;
import dev.cxcrm.ejb.metrics.ReferralRollupRepository;
import dev.cxcrm.ejb.metrics.RollupStartup;
import dev.cxcrm.ejb.security.PasswordHashing;
import dev.cxcrm.ejb.security.UserRepository;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The sample business seeds an empty database through the features' repositories (and its own bulk
 * writer), on H2 without a server, and leaves a database with customers alone.
 */
class SampleBusinessOnH2Test {

  @Test
  void an_empty_database_gets_the_staff_the_customers_and_their_contacts_once() throws Exception {
    try (H2Jpa db = H2Jpa.open("sample_business")) {
      SampleBusiness sample =
          wire(
              new SampleBusiness(),
              wire(new CustomerRepository(), db.em(), db.dataSource()),
              wire(new UserRepository(), db.em()),
              wire(new ResponseDeadlines(), wire(new ResponseStandardRepository(), db.em())),
              cheapHashing(),
              TestBeans.tokyo(),
              wire(
                  new RollupStartup(),
                  wire(new FeedbackRollupRepository(), db.dataSource(), TestBeans.tokyo()),
                  wire(new CustomerRollupRepository(), db.dataSource()),
                  wire(new ReferralRollupRepository(), db.dataSource(), TestBeans.tokyo()),
                  wire(new PurchaseRollupRepository(), db.dataSource(), TestBeans.tokyo()),
                  wire(new CaseRollupRepository(), db.dataSource(), TestBeans.tokyo()),
                  wire(new RecoveryRollupRepository(), db.dataSource(), TestBeans.tokyo()),
                  wire(new ContactRollupRepository(), db.dataSource(), TestBeans.tokyo())),
              wire(new SurveyRepository(), db.dataSource()),
              db.dataSource(),
              transactions(db));
      sample.enabled = true;

      sample.load();
      sample.load();

      assertThat(count(db, "select count(c) from Customer c")).isEqualTo(SampleBusiness.CUSTOMERS);
      assertThat(count(db, "select count(a) from AuditEntry a"))
          .isEqualTo(SampleBusiness.CUSTOMERS);
      assertThat(
              count(
                  db,
                  "select count(u) from AppUser u where u.username in"
                      + " ('sato', 'tanaka', 'kobayashi')"))
          .isEqualTo(3);
      assertThat(count(db, "select count(i) from Interaction i")).isPositive();
      assertThat(count(db, "select count(c) from ServiceCase c")).isPositive();
      // The voice of the customer: answers, and a follow-up for every unhappy recent one.
      assertThat(sql(db, "select count(*) from feedback where kind = 'SURVEY'")).isGreaterThan(100);
      assertThat(sql(db, "select count(*) from feedback where kind = 'REVIEW'")).isPositive();
      assertThat(sql(db, "select count(*) from purchase")).isGreaterThan(100);
      assertThat(sql(db, "select count(*) from referral")).isPositive();
      assertThat(sql(db, "select count(*) from follow_up where status = 'OPEN'")).isPositive();
      assertThat(
              sql(
                  db,
                  "select count(*) from feedback f where (f.nps <= 6 or f.csat <= 2)"
                      + " and f.received_at >= current_timestamp - interval '29' day"
                      + " and not exists (select 1 from follow_up u where u.feedback_id = f.id)"))
          .isZero();
      // Two active surveys to send or to interview with.
      assertThat(sql(db, "select count(*) from survey where active")).isEqualTo(2);
      assertThat(sql(db, "select count(*) from survey_choice")).isEqualTo(4);
      // The metrics' rollup was made from the sample's answers: one count per NPS answer.
      assertThat(
              sql(
                  db,
                  "select sum(promoters + passives + detractors) from metric_feedback_day"
                      + " where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(nps) from feedback"));
      // And the customer and referral rollups from the sample's customers and referrals.
      assertThat(sql(db, "select count(*) from metric_customer"))
          .isEqualTo(
              sql(
                  db,
                  "select count(*) from customer where lifecycle <> 'PROSPECT'"
                      + " and archived_at is null"))
          .isPositive();
      assertThat(sql(db, "select sum(joined) from metric_customer_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from metric_customer"));
      assertThat(sql(db, "select sum(referrals) from metric_referral_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from referral"));
      // And the purchase rollup: every order once, every buyer's first day once, and as many
      // spans begun as ended (each ends a year after a purchase, all of them by now + a year).
      assertThat(sql(db, "select sum(orders) from metric_purchase_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from purchase"));
      assertThat(sql(db, "select sum(first_buyers) from metric_purchase_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(distinct customer_id) from purchase"));
      assertThat(sql(db, "select sum(buyers_in - buyers_out) from metric_purchase_day")).isZero();
      // And the case rollup: every case opened once, every resolved one resolved once.
      assertThat(sql(db, "select sum(opened) from metric_case_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from service_case"));
      assertThat(sql(db, "select sum(cases) from metric_case_resolved where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(resolved_at) from service_case"))
          .isPositive();
      // And the contact rollup: every answered contact with a deadline once, in time or late, and
      // in one bucket and at one second; every unanswered one once.
      assertThat(sql(db, "select sum(in_time + late) from metric_contact_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select sum(answered) from metric_response_day where cut = 'ALL'"))
          .isEqualTo(sql(db, "select sum(answered) from metric_response_second where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(answered_at) from shared_contact"))
          .isPositive();
      assertThat(sql(db, "select count(*) from metric_contact_open where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from shared_contact where answered_at is null"));
      // And the recovery rollup: every done follow-up once, in one of its three states.
      assertThat(
              sql(
                  db,
                  "select sum(recovered + not_recovered + pending) from metric_recovery_day"
                      + " where cut = 'ALL'"))
          .isEqualTo(sql(db, "select count(*) from follow_up where status = 'DONE'"))
          .isPositive();
    }
  }

  private static long sql(H2Jpa db, String select) throws java.sql.SQLException {
    try (var c = db.dataSource().getConnection();
        var r = c.createStatement().executeQuery(select)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long count(H2Jpa db, String jpql) {
    return db.em().createQuery(jpql, Long.class).getSingleResult();
  }

  /** Hashing at 600,000 iterations would only make the test slow; the hash is not read here. */
  private static PasswordHashing cheapHashing() {
    return new PasswordHashing() {
      @Override
      public String hash(String password) {
        return "-";
      }
    };
  }

  /** The bean-managed transaction of the singleton, as the test database's JPA transaction. */
  private static UserTransaction transactions(H2Jpa db) {
    var tx = db.em().getTransaction();
    return (UserTransaction)
        Proxy.newProxyInstance(
            SampleBusinessOnH2Test.class.getClassLoader(),
            new Class<?>[] {UserTransaction.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "begin" -> tx.begin();
                case "commit" -> tx.commit();
                case "rollback" -> {
                  if (tx.isActive()) {
                    tx.rollback();
                  }
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }
}
