package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.Holiday;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored holiday of the business calendar. */
@Entity
@Table(name = "business_holiday")
public class BusinessHolidayRecord {
  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected BusinessHolidayRecord() {}

  BusinessHolidayRecord(Holiday h, String by, Instant at) {
    this.date = h.date();
    this.name = h.name();
    this.createdBy = by;
    this.createdAt = at;
  }

  public Holiday holiday() {
    return new Holiday(date, name);
  }
}
