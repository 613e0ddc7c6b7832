package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.web.shared.VersionedView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the root-cause catalogue. */
@Schema(name = "RootCause")
public record RootCauseView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true) RootCauseCategory category,
    @Schema(required = true, maxLength = 200) String nameJa,
    @Schema(required = true, maxLength = 200) String nameEn,
    @Schema(description = "Inactive causes stay on resolved cases but cannot be chosen anew.")
        boolean active,
    @Schema(readOnly = true) int version)
    implements VersionedView {

  static RootCauseView of(RootCause r) {
    return new RootCauseView(
        r.id(), r.category(), r.nameJa(), r.nameEn(), r.isActive(), r.version());
  }

  @Schema(name = "RootCauseList")
  public record Items(List<RootCauseView> items) {}
}
