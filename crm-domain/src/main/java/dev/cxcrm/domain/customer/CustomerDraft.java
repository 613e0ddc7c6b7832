package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.RelationshipType;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything about a customer that a person or another system may set, in one value. Creating and
 * updating both take a draft, so the rules in {@link CustomerRules} are checked in one place and
 * the audit trail can compare two states field by field. Its withers ({@code withOwner}, ...) and
 * builder are generated ({@link CustomerDraftBuilder}).
 */
@RecordBuilder
public record CustomerDraft(
    CustomerKind kind,
    String name,
    String nameKana,
    String email,
    String phone,
    Address address,
    RelationshipType relationshipType,
    Lifecycle lifecycle,
    String owner,
    Set<String> segments,
    ConsentChoice consent,
    LocalDate customerSince,
    LocalDate churnedOn,
    String churnReason,
    List<ExternalId> externalIds,
    List<Contact> contacts,
    Channel preferredChannel,
    String preferredLanguage,
    List<ImportantDate> importantDates,
    LocalTime contactFrom,
    LocalTime contactUntil)
    implements CustomerDraftBuilder.With {

  public CustomerDraft {
    name = Text.clean(name);
    nameKana = Text.katakana(nameKana);
    email = email == null ? null : Text.clean(email.toLowerCase(java.util.Locale.ROOT));
    phone = Text.clean(phone);
    address = address == null ? Address.empty() : address;
    owner = Text.clean(owner);
    segments = segments == null ? Set.of() : cleanLabels(segments);
    consent = consent == null ? ConsentChoice.NONE : consent;
    churnReason = Text.clean(churnReason);
    externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    preferredLanguage = Text.clean(preferredLanguage);
    importantDates = importantDates == null ? List.of() : List.copyOf(importantDates);
    contactFrom = contactFrom == null ? null : contactFrom.truncatedTo(ChronoUnit.MINUTES);
    contactUntil = contactUntil == null ? null : contactUntil.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * When the customer may be contacted, every day in the business time zone; none when the customer
   * named no hours (or, before {@link CustomerRules#check}, hours that break its rules).
   */
  public DailyHours contactHours() {
    return DailyHours.ofNullable(contactFrom, contactUntil);
  }

  private static Set<String> cleanLabels(Set<String> labels) {
    TreeSet<String> clean = new TreeSet<>();
    for (String l : labels) {
      String c = Text.clean(l);
      if (c != null) {
        clean.add(c);
      }
    }
    return java.util.Collections.unmodifiableSortedSet(clean);
  }

  /** A minimal draft for a new prospect; the starting point of forms and tests. */
  public static CustomerDraft prospect(String name, RelationshipType type, LocalDate since) {
    return CustomerDraftBuilder.builder()
        .kind(CustomerKind.PERSON)
        .name(name)
        .relationshipType(type)
        .lifecycle(Lifecycle.PROSPECT)
        .customerSince(since)
        .build();
  }

  /**
   * This draft, or, when it leaves out since when the customer is one, the draft with {@code day}:
   * the day it is created for a new customer (a web shop pushing a prospect need not invent a
   * date), the date it already has for an existing one.
   */
  public CustomerDraft sinceOr(LocalDate day) {
    return customerSince != null ? this : withCustomerSince(day);
  }
}
