package dev.cxcrm.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API key, as presented in {@code Authorization: Bearer}. */
final class ApiKeyCredential implements Credential {
  private final String secret;

  ApiKeyCredential(String secret) {
    this.secret = secret;
  }

  String secret() {
    return secret;
  }

  @Override
  public String toString() {
    return "ApiKeyCredential[***]";
  }
}
