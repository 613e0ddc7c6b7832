package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;

/** The interaction feature's services built by hand on a test database. */
public final class InteractionServices {
  private InteractionServices() {}

  public static CaseService cases(H2Jpa db) {
    return wire(
        new CaseService(),
        wire(new CaseRepository(), db.em(), db.dataSource()),
        wire(new InteractionRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(new UserQueries(), db.em()),
        TestBeans.tokyo(),
        TestBeans.noEvents());
  }

  /** The calendar and standards, read as a timer reads them (the tests change them by SQL). */
  public static ResponseStandards standards(H2Jpa db) {
    return wire(
        new ResponseStandards(),
        wire(new ResponseStandardRepository(), db.em()),
        TestBeans.tokyo());
  }

  public static InteractionService interactions(H2Jpa db) {
    return wire(
        new InteractionService(),
        wire(new InteractionRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new InteractionQueries(), db.em(), db.dataSource()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(new TouchpointQueries(), db.em()),
        wire(new UserQueries(), db.em()),
        wire(new ResponseDeadlines(), wire(new ResponseStandardRepository(), db.em())),
        TestBeans.tokyo(),
        TestBeans.noEvents());
  }
}
