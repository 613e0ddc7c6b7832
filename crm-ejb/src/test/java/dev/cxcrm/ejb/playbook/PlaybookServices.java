package dev.cxcrm.ejb.playbook;

import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.interaction.InteractionServices;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import jakarta.ejb.SessionContext;

/** The playbook feature's beans built by hand on a test database. */
final class PlaybookServices {
  private PlaybookServices() {}

  static TaskPlanning planning(H2Jpa db) {
    return wire(
        new TaskPlanning(),
        wire(new TaskRepository(), db.em(), db.dataSource()),
        wire(new PlaybookRepository(), db.em()),
        TestBeans.tokyo(),
        InteractionServices.standards(db));
  }

  /** A planner as a freshly started server has it (its own lease holder name). */
  static TaskPlanner planner(H2Jpa db) {
    return wire(new TaskPlanner(), planning(db), TestBeans.tokyo());
  }

  /** The task service called by {@code caller}, who also logs the contacts it makes. */
  static TaskService tasks(H2Jpa db, SessionContext caller) {
    return wire(
        new TaskService(),
        caller,
        wire(new TaskRepository(), db.em(), db.dataSource()),
        wire(new PlaybookRepository(), db.em()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(InteractionServices.interactions(db), caller),
        TestBeans.tokyo());
  }

  static PlaybookService playbooks(H2Jpa db, SessionContext caller) {
    return wire(
        new PlaybookService(), caller, wire(new PlaybookRepository(), db.em()), TestBeans.tokyo());
  }
}
