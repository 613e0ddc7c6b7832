package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.web.shared.VersionedView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a customer is in the journey, and since when. */
@Schema(name = "CustomerStage")
public record StageView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") long customerId,
    @Schema(required = true) JourneyStage stage,
    @Schema(
            readOnly = true,
            type = SchemaType.STRING,
            format = "date-time",
            description = "When the customer reached the stage (its creation if never moved).")
        Instant stageSince,
    @Schema(readOnly = true, description = "The customer's version (its ETag) after the move.")
        int version)
    implements VersionedView {

  static StageView of(Customer c) {
    return new StageView(c.id(), c.stage(), c.stageSince(), c.version());
  }
}
