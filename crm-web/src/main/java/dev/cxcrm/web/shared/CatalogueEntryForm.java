package dev.cxcrm.web.shared;

import java.io.Serializable;

/**
 * What a manager types for an entry of a catalogue named in both languages (a root cause, a
 * playbook step): the Japanese and English names and whether the entry is in use.
 */
public class CatalogueEntryForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String nameJa;
  private String nameEn;
  private boolean active = true;

  /** The entry's current values, to change them. */
  public void fill(String nameJa, String nameEn, boolean active) {
    this.nameJa = nameJa;
    this.nameEn = nameEn;
    this.active = active;
  }

  /** Empty, in use: a new entry. */
  public void clear() {
    fill(null, null, true);
  }

  public String getNameJa() {
    return nameJa;
  }

  public void setNameJa(String nameJa) {
    this.nameJa = nameJa;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
