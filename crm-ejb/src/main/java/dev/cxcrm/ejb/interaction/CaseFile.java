package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.shared.Channel;
import java.util.List;

/**
 * A case with what is kept on its interactions: their ids (oldest first) and the channel of the
 * first inbound one (null without one).
 */
public record CaseFile(ServiceCase serviceCase, List<Long> interactionIds, Channel channel) {
  public CaseFile {
    interactionIds = List.copyOf(interactionIds);
  }
}
