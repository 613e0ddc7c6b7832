package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.Touchpoint;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.web.shared.VersionedView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A touchpoint as the API shows it, and the shape a client sends (id and version are ignored on
 * input; the version travels as the ETag).
 */
@Schema(
    name = "Touchpoint",
    description =
        "A place where the customer meets the business, in one journey stage, on one channel. "
            + "On input, unknown fields are refused; id and version are ignored.")
public record TouchpointView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true, maxLength = 200, example = "ウェブサイト") String nameJa,
    @Schema(required = true, maxLength = 200, example = "Website") String nameEn,
    @Schema(required = true) JourneyStage stage,
    @Schema(required = true) Channel channel,
    @Schema(required = true, description = "Whether the touchpoint is in use.") boolean active,
    @Schema(
            readOnly = true,
            description = "Also sent as the ETag; send it back in If-Match to change it.")
        int version)
    implements VersionedView {

  public static TouchpointView of(Touchpoint t) {
    return new TouchpointView(
        t.id(), t.nameJa(), t.nameEn(), t.stage(), t.channel(), t.active(), t.version());
  }
}
