package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import java.util.List;

/**
 * What opening a case takes: the customer, type, priority (NORMAL when null), subject, owner (null:
 * unassigned) and the customer's interactions it starts with.
 */
public record NewCase(
    Long customerId,
    CaseType type,
    CasePriority priority,
    String subject,
    String owner,
    List<Long> interactionIds) {
  public NewCase {
    interactionIds = interactionIds == null ? List.of() : List.copyOf(interactionIds);
  }
}
