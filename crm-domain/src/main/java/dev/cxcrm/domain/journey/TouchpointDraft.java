package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * What a manager enters for a touchpoint, not yet checked: the input of create and edit alike.
 * Names are stripped; a blank name counts as none.
 */
@RecordBuilder
public record TouchpointDraft(
    String nameJa, String nameEn, JourneyStage stage, Channel channel, Boolean active)
    implements TouchpointDraftBuilder.With {
  public TouchpointDraft {
    nameJa = stripped(nameJa);
    nameEn = stripped(nameEn);
  }

  private static String stripped(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
