package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import java.io.Serializable;
import java.time.LocalDateTime;

/** What the quick log form holds while the agent types. */
public class QuickLog implements Serializable {
  private static final long serialVersionUID = 1L;

  private Channel channel;
  private Direction direction = Direction.INBOUND;
  private LocalDateTime occurredAt;
  private Long touchpointId;
  private String contactName;
  private String subject;
  private String summary;
  private String outcome;
  private Integer emotion;
  private boolean awaitsAnswer = true;
  private Purpose purpose;
  private Long replyTo;

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public Long getTouchpointId() {
    return touchpointId;
  }

  public void setTouchpointId(Long touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public Integer getEmotion() {
    return emotion;
  }

  public void setEmotion(Integer emotion) {
    this.emotion = emotion;
  }

  public boolean isAwaitsAnswer() {
    return awaitsAnswer;
  }

  public void setAwaitsAnswer(boolean awaitsAnswer) {
    this.awaitsAnswer = awaitsAnswer;
  }

  public Long getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(Long replyTo) {
    this.replyTo = replyTo;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public void setPurpose(Purpose purpose) {
    this.purpose = purpose;
  }
}
