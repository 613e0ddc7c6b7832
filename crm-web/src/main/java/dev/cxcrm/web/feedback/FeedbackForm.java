package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackDraftBuilder;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * What an agent enters on the customer page: a remark during service by default, received now; CSAT
 * and CES on the scale of 1 to 5 (other systems may push 1 to 7 through the API).
 */
public class FeedbackForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int FORM_SCALE = 5;

  private FeedbackKind kind = FeedbackKind.REMARK;
  private LocalDateTime receivedAt;
  private String text;
  private String themes;
  private Integer nps;
  private Integer csat;
  private Integer ces;
  private Integer stars;
  private String platform;
  private String link;
  private Integer emotion;

  static FeedbackForm at(LocalDateTime now) {
    FeedbackForm f = new FeedbackForm();
    f.receivedAt = now;
    return f;
  }

  /** The draft for this customer; themes split at commas (、 ， ,) and blanks dropped. */
  FeedbackDraft toDraft(long customerId, ZoneId zone) {
    List<String> tags =
        themes == null
            ? List.of()
            : Arrays.stream(themes.split("[,、，]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    return FeedbackDraftBuilder.builder()
        .kind(kind)
        .customerId(customerId)
        .receivedAt(receivedAt == null ? null : receivedAt.atZone(zone).toInstant())
        .text(text)
        .themes(tags)
        .scores(
            new Scores(
                nps, csat, csat == null ? null : FORM_SCALE, ces, ces == null ? null : FORM_SCALE))
        .stars(stars)
        .platform(platform)
        .link(link)
        .emotion(emotion)
        .build();
  }

  public FeedbackKind getKind() {
    return kind;
  }

  public void setKind(FeedbackKind kind) {
    this.kind = kind;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getThemes() {
    return themes;
  }

  public void setThemes(String themes) {
    this.themes = themes;
  }

  public Integer getNps() {
    return nps;
  }

  public void setNps(Integer nps) {
    this.nps = nps;
  }

  public Integer getCsat() {
    return csat;
  }

  public void setCsat(Integer csat) {
    this.csat = csat;
  }

  public Integer getCes() {
    return ces;
  }

  public void setCes(Integer ces) {
    this.ces = ces;
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public Integer getEmotion() {
    return emotion;
  }

  public void setEmotion(Integer emotion) {
    this.emotion = emotion;
  }
}
