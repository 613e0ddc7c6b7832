package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.shared.Channel;

/** A customer as other features need it: name, owner, preferred channel, and whether archived. */
public record CustomerFacts(
    long id, String name, String owner, Channel preferredChannel, boolean archived) {}
