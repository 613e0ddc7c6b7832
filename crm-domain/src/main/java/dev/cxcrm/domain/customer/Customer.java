package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Created;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person or company the business serves, with everything needed to serve it well. The aggregate
 * keeps its rules: it only takes a checked {@link CustomerDraft}, records which fields a change
 * touched, and keeps its search and sort keys in step with its name.
 */
@Entity
@Table(name = "customer")
public class Customer extends Versioned {
  @Id
  @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CustomerKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_kana", length = 200)
  private String nameKana;

  /**
   * Kana reading when known, else the name: what the list sorts by (the Japanese way, by reading).
   */
  @Column(name = "sort_key", nullable = false, length = 200)
  private String sortKey;

  /** Folded name, reading, e-mail and phone digits: what a search matches, by substring. */
  @Column(name = "search_text", nullable = false, length = 1000)
  private String searchText;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Embedded private Address address;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_type", nullable = false, length = 40)
  private RelationshipType relationshipType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Lifecycle lifecycle;

  @Column(length = 100)
  private String owner;

  @ElementCollection
  @CollectionTable(name = "customer_segment", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "label", nullable = false, length = 50)
  private Set<String> segments = new TreeSet<>();

  @Embedded private Consent consent;

  @Column(name = "customer_since", nullable = false)
  private LocalDate customerSince;

  @Column(name = "churned_on")
  private LocalDate churnedOn;

  @Column(name = "churn_reason", length = 500)
  private String churnReason;

  @ElementCollection
  @CollectionTable(name = "customer_external_id", joinColumns = @JoinColumn(name = "customer_id"))
  private List<ExternalId> externalIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<Contact> contacts = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_channel", length = 20)
  private Channel preferredChannel;

  @Column(name = "preferred_language", length = 5)
  private String preferredLanguage;

  @ElementCollection
  @CollectionTable(
      name = "customer_important_date",
      joinColumns = @JoinColumn(name = "customer_id"))
  @AttributeOverride(name = "label", column = @Column(name = "label", length = 200))
  private List<ImportantDate> importantDates = new ArrayList<>();

  @Column(name = "contact_from")
  private LocalTime contactFrom;

  @Column(name = "contact_until")
  private LocalTime contactUntil;

  @Embedded private Created created;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "archived_by", length = 100)
  private String archivedBy;

  /** Where the customer is in the journey; only the journey's stage move changes it. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JourneyStage stage;

  /** When the customer reached its stage; null means since it was created. */
  @Column(name = "stage_since")
  private Instant stageSince;

  protected Customer() {}

  /** A new customer from a draft that {@link CustomerRules#check} accepted. */
  public static Customer create(CustomerDraft draft, String createdBy, Instant now) {
    Customer c = new Customer();
    c.created = new Created(createdBy, now);
    c.consent = Consent.given(draft.consent(), now);
    c.stage = JourneyStage.AWARENESS;
    c.take(draft, now);
    return c;
  }

  /**
   * Moves the customer to another journey stage and returns the stage it left; the same stage
   * changes nothing and returns null.
   */
  public JourneyStage moveTo(JourneyStage to, Instant now) {
    if (to == null) {
      throw new IllegalArgumentException("A customer is always at a stage.");
    }
    if (to == stage) {
      return null;
    }
    JourneyStage from = stage;
    stage = to;
    stageSince = now;
    updatedAt = now;
    return from;
  }

  /** Takes the new state and says which fields changed; an unchanged draft changes nothing. */
  public List<FieldChange> update(CustomerDraft draft, Instant now) {
    List<FieldChange> changes = diff(toDraft(), draft);
    if (!changes.isEmpty()) {
      take(draft, now);
    }
    return changes;
  }

  /** Archived customers leave lists and searches but keep their history. */
  public void archive(String by, Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
      archivedBy = by;
      updatedAt = now;
    }
  }

  private void take(CustomerDraft d, Instant now) {
    kind = d.kind();
    name = d.name();
    nameKana = d.nameKana();
    email = d.email();
    phone = d.phone();
    address = d.address();
    relationshipType = d.relationshipType();
    lifecycle = d.lifecycle();
    owner = d.owner();
    replace(segments, d.segments());
    consent.apply(d.consent(), now);
    customerSince = d.customerSince();
    churnedOn = d.lifecycle() == Lifecycle.CHURNED ? d.churnedOn() : null;
    churnReason = d.lifecycle() == Lifecycle.CHURNED ? d.churnReason() : null;
    replace(externalIds, d.externalIds());
    replace(contacts, d.contacts());
    preferredChannel = d.preferredChannel();
    preferredLanguage = d.preferredLanguage();
    replace(importantDates, d.importantDates());
    contactFrom = d.contactFrom();
    contactUntil = d.contactUntil();
    sortKey = nameKana != null ? nameKana : Text.fold(name);
    searchText = searchTextOf(name, nameKana, email, phone);
    updatedAt = now;
  }

  private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> values) {
    if (!new ArrayList<>(target).equals(new ArrayList<>(values))) {
      target.clear();
      target.addAll(values);
    }
  }

  static String searchTextOf(String name, String kana, String email, String phone) {
    String s =
        String.join(" ", Text.fold(name), Text.fold(kana), Text.fold(email), Text.digits(phone))
            .strip();
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }

  /** The current state as a draft: the base of an edit form and of a JSON merge patch. */
  public CustomerDraft toDraft() {
    return new CustomerDraft(
        kind,
        name,
        nameKana,
        email,
        phone,
        address,
        relationshipType,
        lifecycle,
        owner,
        new LinkedHashSet<>(segments),
        consent.choice(),
        customerSince,
        churnedOn,
        churnReason,
        List.copyOf(externalIds),
        List.copyOf(contacts),
        preferredChannel,
        preferredLanguage,
        List.copyOf(importantDates),
        contactFrom,
        contactUntil);
  }

  /** The fields a new customer was created with, as changes from nothing: the first audit entry. */
  public static List<FieldChange> createdFields(Customer c) {
    CustomerDraft nothing =
        new CustomerDraft(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);
    return diff(nothing, c.toDraft());
  }

  static List<FieldChange> diff(CustomerDraft a, CustomerDraft b) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "kind", a, b, CustomerDraft::kind);
    compare(changes, "name", a, b, CustomerDraft::name);
    compare(changes, "nameKana", a, b, CustomerDraft::nameKana);
    compare(changes, "email", a, b, CustomerDraft::email);
    compare(changes, "phone", a, b, CustomerDraft::phone);
    compare(changes, "address", a, b, d -> d.address().isEmpty() ? null : d.address());
    compare(changes, "relationshipType", a, b, CustomerDraft::relationshipType);
    compare(changes, "lifecycle", a, b, CustomerDraft::lifecycle);
    compare(changes, "owner", a, b, CustomerDraft::owner);
    compare(changes, "segments", a, b, d -> joined(new TreeSet<>(d.segments())));
    compare(changes, "consent.email", a, b, d -> d.consent().email());
    compare(changes, "consent.survey", a, b, d -> d.consent().survey());
    compare(changes, "consent.phone", a, b, d -> d.consent().phone());
    compare(changes, "consent.sms", a, b, d -> d.consent().sms());
    compare(changes, "customerSince", a, b, CustomerDraft::customerSince);
    compare(changes, "churnedOn", a, b, CustomerDraft::churnedOn);
    compare(changes, "churnReason", a, b, CustomerDraft::churnReason);
    compare(changes, "externalIds", a, b, d -> joined(d.externalIds()));
    compare(changes, "contacts", a, b, d -> joined(d.contacts()));
    compare(changes, "preferredChannel", a, b, CustomerDraft::preferredChannel);
    compare(changes, "preferredLanguage", a, b, CustomerDraft::preferredLanguage);
    compare(changes, "importantDates", a, b, d -> joined(d.importantDates()));
    compare(changes, "contactHours", a, b, CustomerDraft::contactHours);
    return changes;
  }

  private static void compare(
      List<FieldChange> out,
      String field,
      CustomerDraft a,
      CustomerDraft b,
      Function<CustomerDraft, Object> get) {
    Object x = get.apply(a);
    Object y = get.apply(b);
    if (!Objects.equals(x, y)) {
      out.add(
          new FieldChange(field, x == null ? null : x.toString(), y == null ? null : y.toString()));
    }
  }

  private static String joined(java.util.Collection<?> values) {
    return values.isEmpty()
        ? null
        : values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  public Long id() {
    return id;
  }

  public CustomerKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String nameKana() {
    return nameKana;
  }

  public String sortKey() {
    return sortKey;
  }

  public String searchText() {
    return searchText;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public Address address() {
    return address == null ? Address.empty() : address;
  }

  public RelationshipType relationshipType() {
    return relationshipType;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public String owner() {
    return owner;
  }

  public Set<String> segments() {
    return java.util.Collections.unmodifiableSet(segments);
  }

  public Consent consent() {
    return consent;
  }

  public LocalDate customerSince() {
    return customerSince;
  }

  public LocalDate churnedOn() {
    return churnedOn;
  }

  public String churnReason() {
    return churnReason;
  }

  public List<ExternalId> externalIds() {
    return java.util.Collections.unmodifiableList(externalIds);
  }

  public List<Contact> contacts() {
    return java.util.Collections.unmodifiableList(contacts);
  }

  public Channel preferredChannel() {
    return preferredChannel;
  }

  public String preferredLanguage() {
    return preferredLanguage;
  }

  public List<ImportantDate> importantDates() {
    return java.util.Collections.unmodifiableList(importantDates);
  }

  /** When the customer may be contacted, every day in the business time zone; null for any time. */
  public DailyHours contactHours() {
    return DailyHours.ofNullable(contactFrom, contactUntil);
  }

  public Created created() {
    return created;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public String archivedBy() {
    return archivedBy;
  }

  public JourneyStage stage() {
    return stage;
  }

  /** When the customer reached its current stage: the last move, or its creation. */
  public Instant stageSince() {
    return stageSince != null ? stageSince : created.at();
  }

  public boolean isArchived() {
    return archivedAt != null;
  }
}
