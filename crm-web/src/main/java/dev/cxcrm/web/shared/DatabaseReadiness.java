package dev.cxcrm.web.shared;

import dev.cxcrm.ejb.shared.persistence.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when this application is deployed and its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject DatabaseProbe probe;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("crm-database").status(probe.answers()).build();
  }
}
