package dev.cxcrm.web.journey;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the touchpoint catalogue and the cursor of the next page (null on the last). */
@Schema(name = "TouchpointPage")
public record TouchpointList(List<TouchpointView> items, @JsonbNillable String next) {}
