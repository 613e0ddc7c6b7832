package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.journey.StageChange;

/** The customer after a stage move, and the change recorded (null when it was already there). */
public record StageMove(Customer customer, StageChange change) {
  public boolean moved() {
    return change != null;
  }
}
