package dev.cxcrm.ejb.interaction;

import dev.cxcrm.ejb.shared.persistence.Jdbc;

/**
 * The channel a case came in on: the channel of its first inbound interaction (by occurred_at, then
 * id), null without one. The case rates cut by it; it is kept on {@code
 * service_case.first_inbound_channel} so that they read no interaction, and set anew by this
 * statement wherever interactions enter or leave a case: attaching and detaching ({@link
 * CaseRepository}), logging an interaction into a case ({@link InteractionRepository}) and writing
 * the sample business. Interactions are never edited or deleted otherwise (docs/decisions/0005).
 */
public final class FirstInboundChannel {
  private FirstInboundChannel() {}

  /** The statement for {@code cases} case ids, bound in order. */
  public static String refresh(int cases) {
    return "update service_case set first_inbound_channel = (select i.channel from interaction i"
        + " where i.case_id = service_case.id and i.direction = 'INBOUND'"
        + " order by i.occurred_at, i.id limit 1) where id in ("
        + Jdbc.marks(cases)
        + ")";
  }
}
