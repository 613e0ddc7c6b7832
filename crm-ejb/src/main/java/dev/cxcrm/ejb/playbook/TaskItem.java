package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.Task;
import dev.cxcrm.domain.shared.DailyHours;

/**
 * A task with what a queue shows of it: the customer's name, the step, whether it is overdue, when
 * the customer may be contacted (null for any time), and whether now is outside those hours for a
 * task on a channel that reaches the customer at once (a call, a text, a visit).
 */
public record TaskItem(
    Task task,
    String customerName,
    PlaybookStep step,
    boolean overdue,
    DailyHours contactHours,
    boolean outsideContactHours) {}
