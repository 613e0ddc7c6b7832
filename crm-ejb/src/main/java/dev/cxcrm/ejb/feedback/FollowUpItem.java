package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FollowUp;

/** A follow-up with what a queue shows of it: the customer's name and the unhappy answer. */
public record FollowUpItem(FollowUp followUp, String customerName, Feedback feedback) {}
