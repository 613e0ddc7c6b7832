package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.Task;

/** A task with what a queue shows of it: the customer's name and the step. */
public record TaskItem(Task task, String customerName, PlaybookStep step, boolean overdue) {}
