package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.domain.journey.PainPointDraft;
import dev.cxcrm.domain.journey.PainPointStatus;
import java.io.Serializable;

/** What the pain point dialog edits; {@code id} null for a new one. */
public class PainPointForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;
  private Long touchpointId;
  private String title;
  private String description;
  private Integer severity = 3;
  private Integer affectedCount;
  private PainPointStatus status = PainPointStatus.OPEN;

  static PainPointForm of(PainPoint p) {
    PainPointForm f = new PainPointForm();
    f.id = p.id();
    f.version = p.version();
    f.touchpointId = p.touchpointId();
    f.title = p.title();
    f.description = p.description();
    f.severity = p.severity();
    f.affectedCount = p.affectedCount();
    f.status = p.status();
    return f;
  }

  PainPointDraft draft() {
    return new PainPointDraft(touchpointId, title, description, severity, affectedCount, status);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Long getTouchpointId() {
    return touchpointId;
  }

  public void setTouchpointId(Long touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getSeverity() {
    return severity;
  }

  public void setSeverity(Integer severity) {
    this.severity = severity;
  }

  public Integer getAffectedCount() {
    return affectedCount;
  }

  public void setAffectedCount(Integer affectedCount) {
    this.affectedCount = affectedCount;
  }

  public PainPointStatus getStatus() {
    return status;
  }

  public void setStatus(PainPointStatus status) {
    this.status = status;
  }
}
