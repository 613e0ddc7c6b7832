package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.CustomerDraft;

/** One row of a bulk upsert, with its position in the request so the answer can name it. */
public record BulkRow(int index, CustomerDraft draft) {}
