package dev.cxcrm.web.security;

import dev.cxcrm.ejb.security.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Knows API keys by the SHA-256 of their secret. The caller is {@code apikey:<name>}, its only
 * group the key's role. Validates only {@link ApiKeyCredential}s; other credentials pass it by.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {
  @Inject ApiKeys apiKeys;

  public CredentialValidationResult validate(ApiKeyCredential credential) {
    return apiKeys
        .authenticate(credential.secret())
        .map(k -> new CredentialValidationResult(k.principalName(), Set.of(k.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
