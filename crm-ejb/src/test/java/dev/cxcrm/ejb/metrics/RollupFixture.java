package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rollup tests share: a test database with the staff, customers of random types, segments
 * and owners, and instants at the edges of a Tokyo day, where a day's rollup row could go wrong.
 */
final class RollupFixture {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final List<String> AGENTS = List.of("tanaka", "sato");
  static final List<String> SEGMENTS = List.of("東京", "法人");

  private RollupFixture() {}

  /** A customer as it was made: its relationship type's name, owner (or null) and segments. */
  record Made(long id, String type, String owner, Set<String> segments) {}

  /** A test database with the agents tanaka and sato and the manager suzuki. */
  static H2Jpa database(String name) {
    H2Jpa db = H2Jpa.open(name);
    AGENTS.forEach(a -> db.user(a, "AGENT"));
    db.user("suzuki", "MANAGER");
    return db;
  }

  /**
   * {@code count} customers named {@code name} and their number, customers since a year before
   * {@code first}, each of one of three relationship types, with each segment or not, and (with
   * {@code owners}) an agent as owner two times in three, made by the manager, in order.
   */
  static List<Made> customers(
      H2Jpa db, Random random, int count, String name, LocalDate first, boolean owners) {
    var service = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    List<Made> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RelationshipType type = RelationshipType.values()[random.nextInt(3) * 3];
      String owner =
          owners && random.nextInt(3) > 0 ? AGENTS.get(random.nextInt(AGENTS.size())) : null;
      Set<String> labels = new TreeSet<>();
      SEGMENTS.forEach(
          s -> {
            if (random.nextBoolean()) {
              labels.add(s);
            }
          });
      CustomerDraft d =
          CustomerDraft.prospect(name + " " + i, type, first.minusYears(1))
              .withOwner(owner)
              .withSegments(labels);
      long id = db.inTransaction(() -> service.create(d)).id();
      made.add(new Made(id, type.name(), owner, labels));
    }
    return made;
  }

  /**
   * An instant of {@code day} in Tokyo: its first, its last (a millisecond before the next day) or
   * one in between.
   */
  static Instant at(Random random, LocalDate day) {
    return switch (random.nextInt(3)) {
      case 0 -> day.atStartOfDay(TOKYO).toInstant();
      case 1 -> day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
      default -> day.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(86_400));
    };
  }
}
