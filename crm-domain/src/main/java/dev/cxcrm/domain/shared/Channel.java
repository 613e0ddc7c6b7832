package dev.cxcrm.domain.shared;

/**
 * A channel on which the business and a customer meet. Labels live in the UI bundles under {@code
 * Channel.<name>}.
 */
public enum Channel {
  EMAIL,
  PHONE,
  SMS,
  SOCIAL,
  WEB,
  IN_PERSON
}
