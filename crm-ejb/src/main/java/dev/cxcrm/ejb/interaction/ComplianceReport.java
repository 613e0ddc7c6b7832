package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.shared.ComplianceFigures;
import java.time.Instant;
import java.util.List;

/**
 * Compliance figures of the inbound contacts with a deadline that occurred in [from, to), cut one
 * way, and the same figures over all of them.
 */
public record ComplianceReport(
    Instant from,
    Instant to,
    ResponseCompliance.By by,
    List<ComplianceFigures> rows,
    ComplianceFigures total) {}
