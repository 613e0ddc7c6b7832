package dev.cxcrm.domain.shared;

/**
 * A rule of the business refused a request. Mapped once, in the web module, to an RFC 9457 problem
 * (REST) or a Faces message (UI); its message is written for the client and never carries
 * internals. The services' deployment descriptors (ejb-jar.xml) declare it an application
 * exception, so that it reaches the caller as itself and rolls the transaction back; the domain
 * itself names no container type.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message, null, false, false);
  }

  /** A short, stable slug naming the kind of problem, used in the problem {@code type} URI. */
  public abstract String problemType();
}
