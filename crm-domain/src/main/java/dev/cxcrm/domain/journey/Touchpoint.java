package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
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
import java.util.Locale;

/**
 * A defined place where the customer meets the business: it belongs to one journey stage and has
 * one channel. The business keeps the catalogue; a touchpoint no longer used is deactivated, not
 * deleted, because interactions refer to it.
 */
@Entity
@Table(name = "touchpoint")
public class Touchpoint extends Versioned {
  @Id
  @SequenceGenerator(name = "touchpoint_seq", sequenceName = "touchpoint_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_seq")
  private Long id;

  @Column(name = "name_ja", nullable = false, length = 200)
  private String nameJa;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JourneyStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Touchpoint() {}

  /** A new touchpoint from a draft that {@link TouchpointRules#check} accepted. */
  public static Touchpoint create(TouchpointDraft d, Instant now) {
    Touchpoint t = new Touchpoint();
    t.createdAt = now;
    t.take(d, now);
    return t;
  }

  /** Takes the draft; says whether anything changed (an unchanged draft keeps the version). */
  public boolean update(TouchpointDraft d, Instant now) {
    if (d.equals(toDraft())) {
      return false;
    }
    take(d, now);
    return true;
  }

  private void take(TouchpointDraft d, Instant now) {
    nameJa = d.nameJa();
    nameEn = d.nameEn();
    stage = d.stage();
    channel = d.channel();
    active = d.active();
    updatedAt = now;
  }

  public TouchpointDraft toDraft() {
    return new TouchpointDraft(nameJa, nameEn, stage, channel, active);
  }

  /** The name in the reader's language: Japanese unless the locale is English. */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
  }

  public Long id() {
    return id;
  }

  public String nameJa() {
    return nameJa;
  }

  public String nameEn() {
    return nameEn;
  }

  public JourneyStage stage() {
    return stage;
  }

  public Channel channel() {
    return channel;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
