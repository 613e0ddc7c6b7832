package dev.cxcrm.web.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the session remembers of a sign-in: who, and when (a later password reset ends the session).
 */
record SignedIn(String username, Instant since) implements Serializable {
  static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
}
