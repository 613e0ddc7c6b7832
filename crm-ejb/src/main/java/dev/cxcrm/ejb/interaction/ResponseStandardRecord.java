package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.interaction.ResponseStandard;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored response standard of one channel; the rule itself is {@link ResponseStandard}. */
@Entity
@Table(name = "response_standard")
public class ResponseStandardRecord extends Versioned {
  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private ResponseMode mode;

  @Column(name = "hours")
  private Integer hours;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected ResponseStandardRecord() {}

  public ResponseStandard standard() {
    return new ResponseStandard(channel, mode, hours);
  }

  void change(ResponseStandard s, String by, Instant at) {
    this.mode = s.mode();
    this.hours = s.hours();
    this.updatedBy = by;
    this.updatedAt = at;
  }
}
