package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.YearMonth;

/**
 * What the database counts of the cases of one month's part of a period that share a channel (of
 * their first inbound interaction; null without one) and an owner (null when unassigned), as the
 * cases stand now. {@link CaseRates} adds these up into the rates.
 *
 * @param opened cases opened in the month's part of the period
 * @param resolvedByMonthEnd of those, the ones resolved before the end of that part
 * @param resolvedByPeriodEnd of those, the ones resolved before the end of the whole period
 * @param resolved cases resolved in the month's part of the period (and still resolved)
 * @param firstContact of those, the first-contact resolutions
 */
public record CaseTally(
    YearMonth month,
    Channel channel,
    String owner,
    long opened,
    long resolvedByMonthEnd,
    long resolvedByPeriodEnd,
    long resolved,
    long firstContact) {}
