package dev.cxcrm.web.journey;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the prioritised pain point list. */
@Schema(name = "PainPointPage")
public record PainPointPage(List<PainPointView> items, @JsonbNillable String next) {}
