package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.List;

/** The proactive figures of a period: everyone's, and one row per group of the cut. */
public record ProactiveReport(
    ReportPeriod period,
    ProactiveFigures.By by,
    ProactiveFigures total,
    List<ProactiveFigures> rows) {}
