package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.interaction.Holiday;
import dev.cxcrm.domain.interaction.JapaneseHolidays;
import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.interaction.ResponseStandard;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.interaction.ResponseStandards;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The response standards page for managers: the standard of each channel, the business calendar and
 * its holidays, and what a phone call received now would be due at. Every change is one call of
 * {@link ResponseStandards}; a refused field shows its message next to its input.
 */
@Named
@ViewScoped
public class ResponseStandardsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "inter";

  /** Region zones only ("Asia/Tokyo"), sorted: the list a manager picks from. */
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(
              z ->
                  z.matches(
                      "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
          .sorted()
          .toList();

  @Inject ResponseStandards standards;
  @Inject CurrentActor currentActor;

  /** One editable line of the standards table. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Channel channel;
    private ResponseMode mode;
    private Integer hours;

    Row(ResponseStandard s) {
      this.channel = s.channel();
      this.mode = s.mode();
      this.hours = s.hours();
    }

    public Channel getChannel() {
      return channel;
    }

    public ResponseMode getMode() {
      return mode;
    }

    public void setMode(ResponseMode mode) {
      this.mode = mode;
    }

    public Integer getHours() {
      return hours;
    }

    public void setHours(Integer hours) {
      this.hours = hours;
    }

    public boolean isCountsHours() {
      return mode != null && mode.countsHours();
    }
  }

  private List<Row> rows;
  private List<String> workingDays;
  private LocalTime opensAt;
  private LocalTime closesAt;
  private String zone;
  private int year;
  private List<Holiday> holidays;
  private LocalDate newDate;
  private String newName;

  @PostConstruct
  void load() {
    loadStandards();
    loadCalendar();
    year = LocalDate.now(ZoneId.of(zone)).getYear();
    loadHolidays();
  }

  private void loadStandards() {
    rows = new ArrayList<>(standards.standards().stream().map(Row::new).toList());
  }

  private void loadCalendar() {
    BusinessCalendar c = standards.calendar();
    workingDays = new ArrayList<>(c.workingDays().stream().sorted().map(DayOfWeek::name).toList());
    opensAt = c.opensAt();
    closesAt = c.closesAt();
    zone = c.zone().getId();
  }

  private void loadHolidays() {
    holidays = standards.holidays(year);
  }

  public void saveStandards() {
    List<ResponseStandard> checked = new ArrayList<>();
    boolean refused = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      try {
        checked.add(ResponseStandard.of(r.channel, r.mode, r.hours));
      } catch (InvalidInput e) {
        showNextToFields(e, "standards:table:" + i + ":");
        refused = true;
      }
    }
    if (refused) {
      return;
    }
    try {
      standards.changeAll(currentActor.actor(), checked);
      info("std.saved");
      loadStandards();
    } catch (DomainException e) {
      FacesProblems.show(e, BUNDLE);
    }
  }

  public void saveCalendar() {
    try {
      standards.changeCalendar(
          currentActor.actor(),
          workingDays.stream().map(DayOfWeek::valueOf).toList(),
          opensAt,
          closesAt,
          zone);
      info("cal.saved");
      loadCalendar();
    } catch (InvalidInput e) {
      showNextToFields(e, "calendar:");
    } catch (DomainException e) {
      FacesProblems.show(e, BUNDLE);
    }
  }

  public void showYear() {
    try {
      loadHolidays();
    } catch (InvalidInput e) {
      showNextToFields(e, "holidays:");
    }
  }

  public void addHoliday() {
    try {
      Holiday h = standards.addHoliday(currentActor.actor(), newDate, newName);
      info("cal.holiday.added", h.name(), h.date().toString());
      newDate = null;
      newName = null;
      year = h.date().getYear();
      loadHolidays();
    } catch (InvalidInput e) {
      showNextToFields(e, "addHoliday:");
    } catch (Conflict e) {
      showNextToFields(
          InvalidInput.of("date", "cal.holiday.exists", "This date is a holiday already."),
          "addHoliday:");
    } catch (DomainException e) {
      FacesProblems.show(e, BUNDLE);
    }
  }

  public void removeHoliday(Holiday h) {
    try {
      standards.removeHoliday(currentActor.actor(), h.date());
      info("cal.holiday.removed", h.name(), h.date().toString());
    } catch (DomainException e) {
      FacesProblems.show(e, BUNDLE);
    }
    loadHolidays();
  }

  public void addJapaneseHolidays() {
    try {
      int added = standards.addJapaneseHolidays(currentActor.actor(), year);
      info("cal.japan.added", Integer.toString(added), Integer.toString(year));
    } catch (InvalidInput e) {
      showNextToFields(e, "holidays:");
    } catch (DomainException e) {
      FacesProblems.show(e, BUNDLE);
    }
    loadHolidays();
  }

  /** When a phone call received now would be due, in the calendar's zone, under what is saved. */
  public String getPhonePreview() {
    Instant now = Instant.now();
    return standards
        .dueAt(Channel.PHONE, now)
        .map(this::inCalendarZone)
        .orElse(text("std.preview.none"));
  }

  private String inCalendarZone(Instant at) {
    ZoneId z = standards.calendar().zone();
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return DateTimeFormatter.ofPattern(
                msg.getString("format.dateTime") + " (EEE)", faces.getViewRoot().getLocale())
            .withZone(z)
            .format(at)
        + " "
        + z.getId();
  }

  /**
   * Puts each field error next to the input named {@code prefix + field}, or at the top when there
   * is no such input on the page.
   */
  private void showNextToFields(InvalidInput e, String prefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError f : e.errors()) {
      String text = format(f.messageKey(), f.message(), f.args().toArray());
      String clientId = prefix + f.field();
      boolean onPage = faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, c) -> {});
      faces.addMessage(
          onPage ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  private void info(String key, Object... args) {
    String text = format(key, key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private String text(String key) {
    return format(key, key);
  }

  private static String format(String key, String fallback, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle b = faces.getApplication().getResourceBundle(faces, BUNDLE);
    String pattern = b != null && b.containsKey(key) ? b.getString(key) : fallback;
    return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
  }

  public List<Row> getRows() {
    return rows;
  }

  public ResponseMode[] getModes() {
    return ResponseMode.values();
  }

  public DayOfWeek[] getDays() {
    return DayOfWeek.values();
  }

  public List<String> getZones() {
    return ZONES;
  }

  public List<String> getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(List<String> workingDays) {
    this.workingDays = workingDays;
  }

  public LocalTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalTime closesAt) {
    this.closesAt = closesAt;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getFirstJapanYear() {
    return JapaneseHolidays.FIRST_YEAR;
  }

  public int getLastJapanYear() {
    return JapaneseHolidays.LAST_YEAR;
  }

  public List<Holiday> getHolidays() {
    return holidays;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
