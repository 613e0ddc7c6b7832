package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.shared.Channel;
import java.time.LocalDate;

/** A task the planner writes unless the same step, customer and occurrence has one already. */
record NewTask(
    long customerId,
    long stepId,
    LocalDate occurrence,
    LocalDate dueOn,
    String assignee,
    Channel channel) {}
