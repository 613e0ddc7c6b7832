package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.Touchpoint;
import dev.cxcrm.domain.journey.TouchpointDraft;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.journey.TouchpointService;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The touchpoint catalogue for managers: grouped by journey stage, added inline, edited in a
 * dialog, activated and deactivated. Every change goes through {@link TouchpointService} with the
 * version that was shown.
 */
@Named
@ViewScoped
public class TouchpointsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TouchpointService touchpoints;

  private transient Map<JourneyStage, List<Touchpoint>> byStage;

  private String newNameJa;
  private String newNameEn;
  private JourneyStage newStage = JourneyStage.AWARENESS;
  private Channel newChannel = Channel.WEB;

  private Long editId;
  private int editVersion;
  private String editNameJa;
  private String editNameEn;
  private JourneyStage editStage;
  private Channel editChannel;
  private boolean editActive;

  @PostConstruct
  void load() {
    byStage = new EnumMap<>(JourneyStage.class);
    for (JourneyStage s : JourneyStage.values()) {
      byStage.put(s, new java.util.ArrayList<>());
    }
    touchpoints.catalogue().forEach(t -> byStage.get(t.stage()).add(t));
  }

  public void create() {
    try {
      Touchpoint t =
          touchpoints.create(new TouchpointDraft(newNameJa, newNameEn, newStage, newChannel, true));
      JourneyMessages.info("touchpoint.created", t.nameJa());
      newNameJa = null;
      newNameEn = null;
    } catch (InvalidInput e) {
      JourneyMessages.fields("create", e.errors());
    } catch (DomainException e) {
      FacesProblems.show(e, "jour");
    }
    load();
  }

  public void startEdit(Touchpoint t) {
    editId = t.id();
    editVersion = t.version();
    editNameJa = t.nameJa();
    editNameEn = t.nameEn();
    editStage = t.stage();
    editChannel = t.channel();
    editActive = t.active();
  }

  public void save() {
    try {
      Touchpoint t =
          touchpoints.update(
              editId,
              editVersion,
              new TouchpointDraft(editNameJa, editNameEn, editStage, editChannel, editActive));
      editVersion = t.version();
      JourneyMessages.info("touchpoint.saved", t.nameJa());
    } catch (InvalidInput e) {
      JourneyMessages.fields("edit", e.errors());
    } catch (StaleVersion e) {
      JourneyMessages.error("touchpoint.stale");
    } catch (DomainException e) {
      FacesProblems.show(e, "jour");
    }
    load();
  }

  /** Activates or deactivates the touchpoint as it was shown (its version). */
  public void toggle(Touchpoint shown) {
    TouchpointDraft d = shown.toDraft();
    boolean active = !shown.active();
    try {
      Touchpoint t = touchpoints.update(shown.id(), shown.version(), d.withActive(active));
      JourneyMessages.info(active ? "touchpoint.activated" : "touchpoint.deactivated", t.nameJa());
    } catch (StaleVersion e) {
      JourneyMessages.error("touchpoint.stale");
    } catch (DomainException e) {
      FacesProblems.show(e, "jour");
    }
    load();
  }

  public JourneyStage[] getStages() {
    return JourneyStage.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<Touchpoint> of(JourneyStage stage) {
    if (byStage == null) {
      load();
    }
    return byStage.get(stage);
  }

  /** How many touchpoints each stage has, for the headings. */
  public Map<JourneyStage, Integer> getCounts() {
    if (byStage == null) {
      load();
    }
    return byStage.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
  }

  public String getNewNameJa() {
    return newNameJa;
  }

  public void setNewNameJa(String v) {
    newNameJa = v;
  }

  public String getNewNameEn() {
    return newNameEn;
  }

  public void setNewNameEn(String v) {
    newNameEn = v;
  }

  public JourneyStage getNewStage() {
    return newStage;
  }

  public void setNewStage(JourneyStage v) {
    newStage = v;
  }

  public Channel getNewChannel() {
    return newChannel;
  }

  public void setNewChannel(Channel v) {
    newChannel = v;
  }

  public Long getEditId() {
    return editId;
  }

  public String getEditNameJa() {
    return editNameJa;
  }

  public void setEditNameJa(String v) {
    editNameJa = v;
  }

  public String getEditNameEn() {
    return editNameEn;
  }

  public void setEditNameEn(String v) {
    editNameEn = v;
  }

  public JourneyStage getEditStage() {
    return editStage;
  }

  public void setEditStage(JourneyStage v) {
    editStage = v;
  }

  public Channel getEditChannel() {
    return editChannel;
  }

  public void setEditChannel(Channel v) {
    editChannel = v;
  }

  public boolean isEditActive() {
    return editActive;
  }

  public void setEditActive(boolean v) {
    editActive = v;
  }
}
