package dev.cxcrm.domain.security;

import dev.cxcrm.domain.shared.Forbidden;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may change a record that has an owner, and whom they may name as its owner or agent: the one
 * place of the rule. A customer and a case have an owner of their own; an interaction belongs to
 * its customer's owner. Agents change only their own records and unowned ones, and name only
 * themselves (or keep the owner a record has); managers and admins change any record and name
 * anyone. Services enforce it; pages ask it to show or hide what the service would refuse.
 */
public final class Ownership {
  private Ownership() {}

  /**
   * Whether the actor works only its own and unowned records (and so starts on its own in lists).
   */
  public static boolean limitedToOwn(Actor actor) {
    return !actor.role().seesAllRecords();
  }

  /** Whether the actor may change a record owned by {@code owner} ({@code null}: nobody). */
  public static boolean mayChange(Actor actor, String owner) {
    return !limitedToOwn(actor) || owner == null || owner.equals(actor.name());
  }

  /**
   * Refuses the change of a record owned by {@code owner}; {@code record} names it for the message
   * ("customer", "case").
   */
  public static void requireMayChange(Actor actor, String owner, String record) {
    if (!mayChange(actor, owner)) {
      throw new Forbidden("Only the owner of this " + record + " or a manager may change it.");
    }
  }

  /**
   * Whether the actor may name {@code proposed} as the owner of a record now owned by {@code
   * current} ({@code null} for a new record). Naming nobody is always allowed.
   */
  public static boolean mayName(Actor actor, String proposed, String current) {
    return !limitedToOwn(actor)
        || proposed == null
        || proposed.equals(actor.name())
        || proposed.equals(current);
  }

  /**
   * Whom the actor may name as owner of a record now owned by {@code current}, out of {@code users}
   * (user name to display name), in their order: all of them, or the current owner and the actor
   * itself.
   */
  public static Map<String, String> choices(
      Actor actor, String current, Map<String, String> users) {
    if (!limitedToOwn(actor)) {
      return users;
    }
    Map<String, String> allowed = new LinkedHashMap<>();
    if (current != null) {
      allowed.put(current, users.getOrDefault(current, current));
    }
    allowed.put(actor.name(), users.getOrDefault(actor.name(), actor.name()));
    return allowed;
  }
}
