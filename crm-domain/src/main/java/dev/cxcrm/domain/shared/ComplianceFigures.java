package dev.cxcrm.domain.shared;

/**
 * Response-time figures of one group (a channel, an agent, a week).
 *
 * @param key what the group is: a channel name, a user name (empty for nobody) or the Monday of the
 *     week (ISO date)
 * @param decided contacts whose outcome is known: answered, or unanswered past the deadline; the
 *     sample size of {@code inTimePercent}
 * @param inTime answered at or before the deadline
 * @param late answered after the deadline
 * @param overdue unanswered and past the deadline
 * @param pending unanswered and not yet due: not counted in the share
 * @param inTimePercent {@code inTime / decided × 100}; null when nothing is decided
 * @param answered the sample size of the response times
 * @param medianMinutes median response time of the answered contacts (mean of the two middle values
 *     for an even count); null when none was answered
 * @param p90Minutes 90th percentile by nearest rank: the value at rank ⌈0.9 × n⌉ of the sorted
 *     response times; null when none was answered
 */
public record ComplianceFigures(
    String key,
    int decided,
    int inTime,
    int late,
    int overdue,
    int pending,
    Double inTimePercent,
    int answered,
    Double medianMinutes,
    Double p90Minutes) {}
