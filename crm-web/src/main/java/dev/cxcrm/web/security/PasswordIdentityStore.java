package dev.cxcrm.web.security;

import dev.cxcrm.ejb.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Users of the {@code app_user} table with their PBKDF2 passwords; the group is the user's role.
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {
  @Inject Accounts accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .verify(credential.getCaller(), credential.getPasswordAsString())
        .map(a -> new CredentialValidationResult(a.username(), Set.of(a.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
