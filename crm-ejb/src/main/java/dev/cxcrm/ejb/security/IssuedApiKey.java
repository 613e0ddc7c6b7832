package dev.cxcrm.ejb.security;

/** A key just created, with its secret: the only moment anyone sees the secret. */
public record IssuedApiKey(ApiKeyView key, String secret) {
  /** Never prints the secret, should the record ever be logged. */
  @Override
  public String toString() {
    return "IssuedApiKey[" + key + "]";
  }
}
