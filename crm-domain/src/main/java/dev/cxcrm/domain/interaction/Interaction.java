package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Created;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact with a customer on one channel. Written by the service in JDBC batches (single and
 * bulk alike, so both follow one path) and read through JPA. Customer, touchpoint, case and agent
 * are referred to by id: they belong to other features. {@code stage} is the touchpoint's stage
 * when the contact was logged; {@code dueAt} comes from the response standard; {@code answeredAt}
 * and {@code answeredBy} are set by the {@link AnswerRule}, from the reactive outbound contacts.
 */
@Entity
@Table(name = "interaction")
public class Interaction extends Versioned {
  @Id private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "contact_name", length = 200)
  private String contactName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Direction direction;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "touchpoint_id")
  private Long touchpointId;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private JourneyStage stage;

  @Column(length = 100)
  private String agent;

  @Column(length = 300)
  private String subject;

  @Column(length = 4000)
  private String summary;

  @Column(length = 500)
  private String outcome;

  private Integer emotion;

  @Column(name = "awaits_answer", nullable = false)
  private boolean awaitsAnswer;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private Long answeredBy;

  @Column(name = "reply_to")
  private Long replyTo;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Purpose purpose;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "external_id", length = 200)
  private String externalId;

  @Embedded private Created created;

  protected Interaction() {}

  /**
   * Whether this stored contact is what {@code d} (normalized, with the service's defaults)
   * describes: a repeated push of the same external id must describe the same contact.
   */
  public boolean matches(InteractionDraft d) {
    return Objects.equals(customerId, d.customerId())
        && Objects.equals(contactName, d.contactName())
        && channel == d.channel()
        && direction == d.direction()
        && d.occurredAt() != null
        && sameMicros(occurredAt, d.occurredAt())
        && Objects.equals(touchpointId, d.touchpointId())
        && Objects.equals(agent, d.agent())
        && Objects.equals(subject, d.subject())
        && Objects.equals(summary, d.summary())
        && Objects.equals(outcome, d.outcome())
        && Objects.equals(emotion, d.emotion())
        && Objects.equals(awaitsAnswer, d.awaitsAnswer())
        && Objects.equals(caseId, d.caseId())
        && Objects.equals(replyTo, d.replyTo())
        && purpose == d.purpose();
  }

  /** The database keeps microseconds; a client may send nanoseconds. */
  private static boolean sameMicros(Instant a, Instant b) {
    return a.getEpochSecond() == b.getEpochSecond() && a.getNano() / 1000 == b.getNano() / 1000;
  }

  /** See {@link ResponseClock#breached}. */
  public Boolean breached(Instant now) {
    return ResponseClock.breached(dueAt, answeredAt, now);
  }

  public Optional<Duration> responseTime() {
    return ResponseClock.responseTime(occurredAt, answeredAt);
  }

  /** Awaits an answer that has not come. */
  public boolean isOpen() {
    return awaitsAnswer && answeredAt == null;
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public String contactName() {
    return contactName;
  }

  public Channel channel() {
    return channel;
  }

  public Direction direction() {
    return direction;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Long touchpointId() {
    return touchpointId;
  }

  public JourneyStage stage() {
    return stage;
  }

  public String agent() {
    return agent;
  }

  public String subject() {
    return subject;
  }

  public String summary() {
    return summary;
  }

  public String outcome() {
    return outcome;
  }

  public Integer emotion() {
    return emotion;
  }

  public boolean awaitsAnswer() {
    return awaitsAnswer;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Long answeredBy() {
    return answeredBy;
  }

  public Long replyTo() {
    return replyTo;
  }

  /** Why an outbound contact was made; null for inbound ones. */
  public Purpose purpose() {
    return purpose;
  }

  public Long caseId() {
    return caseId;
  }

  public String externalId() {
    return externalId;
  }

  public Created created() {
    return created;
  }
}
