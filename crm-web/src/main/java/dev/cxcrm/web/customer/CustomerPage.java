package dev.cxcrm.web.customer;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the customer list and the cursor of the next page (null on the last page). */
@Schema(name = "CustomerPage")
public record CustomerPage(List<CustomerView> items, @JsonbNillable String next) {}
