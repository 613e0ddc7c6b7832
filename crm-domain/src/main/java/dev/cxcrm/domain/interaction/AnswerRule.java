package dev.cxcrm.domain.interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which outbound contact answers an inbound one (docs/decisions/0005-answers-and-due-queue.md).
 *
 * <p>An inbound contact that awaits an answer is answered by the earliest outbound contact with the
 * same customer that occurred at or after it, on any channel: the first answer stops the clock. An
 * outbound contact that names an inbound one in {@code replyTo} answers it (the service refuses a
 * {@code replyTo} that is later than the answer or of another customer, so the named contact is
 * always among those the general rule reaches) and, like any outbound contact, also answers every
 * other earlier unanswered inbound contact of that customer. Ties at the same instant go to the
 * lower id, the contact recorded first.
 *
 * <p>The rule is independent of the order in which contacts are recorded: a back-dated outbound
 * contact that lies before the current answer of an inbound one becomes its answer, and an inbound
 * contact recorded after an outbound one that followed it is answered at once.
 */
public final class AnswerRule {
  private AnswerRule() {}

  /** A contact of one customer as the rule sees it; {@code answer} only for inbound ones. */
  public record Contact(
      long id, Direction direction, Instant occurredAt, boolean awaitsAnswer, Answer answer) {
    public Contact {
      Objects.requireNonNull(direction);
      Objects.requireNonNull(occurredAt);
    }

    public static Contact inbound(long id, Instant at, Answer current) {
      return new Contact(id, Direction.INBOUND, at, true, current);
    }

    public static Contact outbound(long id, Instant at) {
      return new Contact(id, Direction.OUTBOUND, at, false, null);
    }
  }

  /** The outbound contact that answered, and when. */
  public record Answer(long by, Instant at) {}

  private static final Comparator<Contact> EARLIEST =
      Comparator.comparing(Contact::occurredAt).thenComparingLong(Contact::id);

  /**
   * The answers that change among the contacts of one customer: for every inbound contact awaiting
   * an answer, the earliest outbound contact at or after it, when that differs from its current
   * answer. Only the given contacts are considered, so the caller passes every outbound contact
   * that could be the earliest answer of the inbound ones it passes.
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
                    .filter(out -> !out.occurredAt().isBefore(in.occurredAt()))
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
