package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.interaction.CaseFile;
import java.io.Serializable;
import java.time.Instant;

/** One line of a case list: what the list shows, kept in the view between requests. */
public record CaseRow(
    long id,
    String subject,
    long customerId,
    String customerName,
    CaseType type,
    CasePriority priority,
    CaseStatus status,
    String owner,
    Channel channel,
    Instant openedAt,
    Boolean firstContactResolution,
    int reopenCount)
    implements Serializable {

  static CaseRow of(CaseFile f, String customerName) {
    ServiceCase c = f.serviceCase();
    return new CaseRow(
        c.id(),
        c.subject(),
        c.customerId(),
        customerName,
        c.type(),
        c.priority(),
        c.status(),
        c.owner(),
        f.channel(),
        c.openedAt(),
        c.firstContactResolution(),
        c.reopenCount());
  }
}
