package dev.cxcrm.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business refused a request. Mapped once, in the web module, to an RFC 9457 problem
 * (REST) or a Faces message (UI); its message is written for the client and never carries
 * internals. As an application exception it reaches the caller as itself and rolls the transaction
 * back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message, null, false, false);
  }

  /** A short, stable slug naming the kind of problem, used in the problem {@code type} URI. */
  public abstract String problemType();
}
