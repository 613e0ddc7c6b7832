package dev.cxcrm.domain.interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which outbound contact answers an inbound one
 * (docs/decisions/0013-answers-as-the-agent-meant.md).
 *
 * <p>An inbound contact that awaits an answer is answered by the earliest <em>reactive</em>
 * outbound contact with the same customer, at or after it, that may answer it: one that names it in
 * {@code replyTo}, or one that names none and belongs to no case or to the inbound contact's case.
 * A contact that names another one answers only that one; a proactive contact answers nothing. Ties
 * at the same instant go to the lower id, the contact recorded first.
 *
 * <p>The rule is independent of the order in which contacts are recorded: a back-dated answer that
 * lies before the current answer of an inbound contact becomes its answer, and an inbound contact
 * recorded after a reply that followed it is answered at once.
 */
public final class AnswerRule {
  private AnswerRule() {}

  /**
   * A contact of one customer as the rule sees it: {@code answer} only for inbound ones, {@code
   * purpose} and {@code replyTo} only for outbound ones; {@code caseId} null outside a case.
   */
  public record Contact(
      long id,
      Direction direction,
      Instant occurredAt,
      boolean awaitsAnswer,
      Answer answer,
      Long caseId,
      Purpose purpose,
      Long replyTo) {
    public Contact {
      Objects.requireNonNull(direction);
      Objects.requireNonNull(occurredAt);
    }

    public static Contact inbound(long id, Instant at, Long caseId, Answer current) {
      return new Contact(id, Direction.INBOUND, at, true, current, caseId, null, null);
    }

    public static Contact reply(long id, Instant at, Long caseId, Long replyTo) {
      return new Contact(
          id, Direction.OUTBOUND, at, false, null, caseId, Purpose.REACTIVE, replyTo);
    }

    public static Contact proactive(long id, Instant at) {
      return new Contact(id, Direction.OUTBOUND, at, false, null, null, Purpose.PROACTIVE, null);
    }

    /** Whether this contact, outbound and reactive, may answer the inbound contact {@code in}. */
    boolean mayAnswer(Contact in) {
      if (direction != Direction.OUTBOUND
          || purpose != Purpose.REACTIVE
          || occurredAt.isBefore(in.occurredAt())) {
        return false;
      }
      if (replyTo != null) {
        return replyTo == in.id();
      }
      return caseId == null || caseId.equals(in.caseId());
    }
  }

  /** The outbound contact that answered, and when. */
  public record Answer(long by, Instant at) {}

  private static final Comparator<Contact> EARLIEST =
      Comparator.comparing(Contact::occurredAt).thenComparingLong(Contact::id);

  /**
   * The answers that change among the contacts of one customer: for every inbound contact awaiting
   * an answer, the earliest outbound contact that may answer it, when that is earlier than its
   * current answer. Only the given contacts are considered, so the caller passes every outbound
   * contact that could be the earliest answer of the inbound ones it passes.
   */
  public static Map<Long, Answer> changes(Collection<Contact> contacts) {
    List<Contact> outbound =
        contacts.stream()
            .filter(c -> c.direction() == Direction.OUTBOUND)
            .sorted(EARLIEST)
            .toList();
    Map<Long, Answer> changed = new LinkedHashMap<>();
    contacts.stream()
        .filter(c -> c.direction() == Direction.INBOUND && c.awaitsAnswer())
        .sorted(EARLIEST)
        .forEach(
            in ->
                outbound.stream()
                    .filter(out -> out.mayAnswer(in))
                    .findFirst()
                    .map(out -> new Answer(out.id(), out.occurredAt()))
                    .filter(a -> earlier(a, in.answer()))
                    .ifPresent(a -> changed.put(in.id(), a)));
    return changed;
  }

  private static boolean earlier(Answer candidate, Answer current) {
    if (current == null) {
      return true;
    }
    int byTime = candidate.at().compareTo(current.at());
    return byTime < 0 || (byTime == 0 && candidate.by() < current.by());
  }
}
