package dev.cxcrm.domain.interaction;

/** What the customer came with. Labels under {@code case.type.<NAME>} in the inter bundle. */
public enum CaseType {
  COMPLAINT,
  QUESTION,
  REQUEST
}
