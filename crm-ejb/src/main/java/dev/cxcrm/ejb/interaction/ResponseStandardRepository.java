package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.interaction.Holiday;
import dev.cxcrm.domain.interaction.ResponsePolicy;
import dev.cxcrm.domain.interaction.ResponseStandard;
import dev.cxcrm.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored standards, calendar and holidays. Always read from the database: several servers share
 * it, and a standard changed on one must count on all of them at once.
 */
@ApplicationScoped
public class ResponseStandardRepository {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  public List<ResponseStandardRecord> standardRecords() {
    return em.createQuery(
            "select s from ResponseStandardRecord s order by s.channel",
            ResponseStandardRecord.class)
        .getResultList();
  }

  public Optional<ResponseStandardRecord> standardRecord(Channel channel) {
    return Optional.ofNullable(em.find(ResponseStandardRecord.class, channel));
  }

  public BusinessCalendarRecord calendarRecord() {
    BusinessCalendarRecord c =
        em.find(BusinessCalendarRecord.class, BusinessCalendarRecord.THE_ONE);
    if (c == null) {
      throw new IllegalStateException("The business calendar row is missing (migration V3_20).");
    }
    return c;
  }

  public List<LocalDate> holidayDates() {
    return em.createQuery(
            "select h.date from BusinessHolidayRecord h order by h.date", LocalDate.class)
        .getResultList();
  }

  public List<Holiday> holidays(LocalDate from, LocalDate toExclusive) {
    return em.createQuery(
            "select h from BusinessHolidayRecord h where h.date >= :from and h.date < :to"
                + " order by h.date",
            BusinessHolidayRecord.class)
        .setParameter("from", from)
        .setParameter("to", toExclusive)
        .getResultStream()
        .map(BusinessHolidayRecord::holiday)
        .toList();
  }

  public Optional<BusinessHolidayRecord> holidayRecord(LocalDate date) {
    return Optional.ofNullable(em.find(BusinessHolidayRecord.class, date));
  }

  public void add(BusinessHolidayRecord h) {
    em.persist(h);
  }

  public void remove(BusinessHolidayRecord h) {
    em.remove(h);
  }

  public void flush() {
    em.flush();
  }

  /** The calendar with every holiday on it. */
  public BusinessCalendar calendar() {
    return calendarRecord().calendar(holidayDates());
  }

  /** Standards and calendar in three small reads, for any number of deadlines. */
  public ResponsePolicy policy() {
    List<ResponseStandard> standards =
        standardRecords().stream().map(ResponseStandardRecord::standard).toList();
    return new ResponsePolicy(standards, calendar());
  }
}
