package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.interaction.InteractionServices;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;

/** The feedback service on an H2 database, wired as the container would, for one caller. */
final class FeedbackServices {
  private FeedbackServices() {}

  static FeedbackService on(H2Jpa db, String name, Role role) {
    return wire(
        new FeedbackService(),
        caller(name, role),
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(new TouchpointQueries(), db.em()),
        wire(new UserQueries(), db.em()),
        wire(
            new FollowUpOpener(),
            wire(new FollowUpRepository(), db.dataSource()),
            InteractionServices.standards(db),
            TestBeans.tokyo()),
        TestBeans.tokyo());
  }
}
