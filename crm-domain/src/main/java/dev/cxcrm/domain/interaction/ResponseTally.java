package dev.cxcrm.domain.interaction;

/**
 * What the database counts of one group of contacts for {@link ResponseCompliance#figures}: the
 * outcomes, and of the answered contacts' response times (whole seconds, sorted ascending) the
 * values at the ranks the definitions of {@link ComplianceFigures} name.
 *
 * @param key the group (see {@link ComplianceFigures#key()})
 * @param lowerMiddleSeconds the value at rank ⌊(n + 1) / 2⌋; null when none was answered
 * @param upperMiddleSeconds the value at rank ⌊n / 2⌋ + 1 (the same as the lower one for an odd n)
 * @param p90Seconds the value at rank ⌈0.9 × n⌉
 */
public record ResponseTally(
    String key,
    int inTime,
    int late,
    int overdue,
    int pending,
    int answered,
    Long lowerMiddleSeconds,
    Long upperMiddleSeconds,
    Long p90Seconds) {}
