package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.Customer;

/**
 * A customer after a create-or-update, and whether it was created (201) or already existed (200).
 */
public record Upserted(Customer customer, boolean created) {}
