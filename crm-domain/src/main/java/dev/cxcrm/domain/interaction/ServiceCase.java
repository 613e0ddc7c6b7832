package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case: the interactions about one customer problem, worked by an owner until it is resolved with
 * a root cause. The aggregate keeps its rules: it is resolved only with an active root cause and a
 * resolution text, left RESOLVED only by {@link #reopen}, and it decides first-contact resolution
 * when it is resolved (see {@link #isFirstContactResolution}). The customer, owner, root cause and
 * interactions are referred to by id; which interactions belong to it is kept on the interactions.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase extends Versioned {
  public static final int SUBJECT_MAX = 300;
  public static final int RESOLUTION_MAX = 4000;

  @Id
  @SequenceGenerator(
      name = "service_case_seq",
      sequenceName = "service_case_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CasePriority priority;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(length = 100)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  @Column(name = "root_cause_id")
  private Long rootCauseId;

  @Column(length = RESOLUTION_MAX)
  private String resolution;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "first_contact_resolution")
  private Boolean firstContactResolution;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by", length = 100)
  private String resolvedBy;

  protected ServiceCase() {}

  /**
   * A new OPEN case; the priority is NORMAL when none is given. {@link InvalidInput} names each bad
   * field.
   */
  public static ServiceCase open(
      long customerId,
      CaseType type,
      CasePriority priority,
      String subject,
      String owner,
      String openedBy,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (type == null) {
      errors.add(required("type"));
    }
    String s = subject(subject, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    ServiceCase c = new ServiceCase();
    c.customerId = customerId;
    c.type = type;
    c.priority = priority == null ? CasePriority.NORMAL : priority;
    c.subject = s;
    c.owner = owner;
    c.status = CaseStatus.OPEN;
    c.reopenCount = 0;
    c.openedAt = now;
    c.openedBy = openedBy;
    return c;
  }

  /**
   * First-contact resolution: the customer had to get in touch exactly once (one inbound
   * interaction; the business's answers do not count) and the case was never reopened. A case
   * without any inbound contact (opened from an outbound call) is not FCR: nothing was resolved "at
   * first contact" because the customer made none.
   */
  public static boolean isFirstContactResolution(CaseContacts contacts, int reopenCount) {
    return contacts.inbound() == 1 && reopenCount == 0;
  }

  public void changeSubject(String subject) {
    List<FieldError> errors = new ArrayList<>();
    String s = subject(subject, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    this.subject = s;
  }

  public void changePriority(CasePriority priority) {
    if (priority == null) {
      throw new InvalidInput(List.of(required("priority")));
    }
    this.priority = priority;
  }

  /** Gives the case to a user, or to nobody ({@code null}). */
  public void assign(String owner) {
    this.owner = owner;
  }

  /**
   * Moves a case between OPEN and IN_PROGRESS. RESOLVED is reached only by {@link #resolve} (it
   * needs a root cause) and left only by {@link #reopen} (it counts).
   */
  public void changeStatus(CaseStatus next) {
    if (next == null) {
      throw new InvalidInput(List.of(required("status")));
    }
    if (next == status) {
      return;
    }
    if (next == CaseStatus.RESOLVED) {
      throw InvalidInput.of(
          "status",
          "case.validation.resolveWithRootCause",
          "A case is resolved with a root cause and a resolution (POST .../resolve).");
    }
    if (status == CaseStatus.RESOLVED) {
      throw InvalidInput.of(
          "status",
          "case.validation.reopenToChange",
          "A resolved case is reopened first (POST .../reopen).");
    }
    status = next;
  }

  /**
   * Resolves the case with an active root cause and a resolution text, and decides first-contact
   * resolution from the contacts it holds now. Nothing changes when a rule is broken.
   */
  public void resolve(
      RootCause cause, String resolutionText, CaseContacts contacts, String by, Instant now) {
    if (status == CaseStatus.RESOLVED) {
      throw new Conflict("The case is already resolved.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (cause == null) {
      errors.add(
          FieldError.of(
              "rootCauseId", "case.validation.rootCauseRequired", "Choose a root cause."));
    } else if (!cause.isActive()) {
      errors.add(
          FieldError.of(
              "rootCauseId",
              "case.validation.rootCauseInactive",
              "This root cause is no longer in use; choose another."));
    }
    String text = resolutionText == null ? "" : resolutionText.strip();
    if (text.isEmpty()) {
      errors.add(
          FieldError.of(
              "resolution",
              "case.validation.resolutionRequired",
              "Say how the case was resolved."));
    } else if (text.length() > RESOLUTION_MAX) {
      errors.add(tooLong("resolution", RESOLUTION_MAX));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    status = CaseStatus.RESOLVED;
    rootCauseId = cause.id();
    resolution = text;
    resolvedAt = now;
    resolvedBy = by;
    firstContactResolution = isFirstContactResolution(contacts, reopenCount);
  }

  /**
   * Opens a resolved case again: the count goes up and the case can never be a first-contact
   * resolution again. The previous root cause and resolution are cleared with the resolution time,
   * so that the figures see an unresolved case.
   */
  public void reopen() {
    if (status != CaseStatus.RESOLVED) {
      throw new Conflict("Only a resolved case can be reopened.");
    }
    status = CaseStatus.OPEN;
    reopenCount++;
    firstContactResolution = false;
    rootCauseId = null;
    resolution = null;
    resolvedAt = null;
    resolvedBy = null;
  }

  private static String subject(String subject, List<FieldError> errors) {
    String s = subject == null ? "" : subject.strip();
    if (s.isEmpty()) {
      errors.add(required("subject"));
    } else if (s.length() > SUBJECT_MAX) {
      errors.add(tooLong("subject", SUBJECT_MAX));
    }
    return s;
  }

  private static FieldError required(String field) {
    return FieldError.of(field, "validation.required", "This field is required.");
  }

  private static FieldError tooLong(String field, int max) {
    return FieldError.of(field, "validation.tooLong", "At most {0} characters.", max);
  }

  public boolean isOwnedBy(String username) {
    return Objects.equals(owner, username);
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public CaseType type() {
    return type;
  }

  public CasePriority priority() {
    return priority;
  }

  public String subject() {
    return subject;
  }

  public String owner() {
    return owner;
  }

  public CaseStatus status() {
    return status;
  }

  public Long rootCauseId() {
    return rootCauseId;
  }

  public String resolution() {
    return resolution;
  }

  public int reopenCount() {
    return reopenCount;
  }

  /** Null until the case is first resolved; false for ever once it is reopened. */
  public Boolean firstContactResolution() {
    return firstContactResolution;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }
}
