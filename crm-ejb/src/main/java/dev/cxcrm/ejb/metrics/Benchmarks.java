package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The benchmarks the business compares its figures with: everyone reads them on the dashboards,
 * managers and admins keep them. A change names the version it was read in (412 otherwise).
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class Benchmarks {
  @Inject BenchmarkRepository repository;
  @Inject TimeSource time;
  @Resource SessionContext ctx;

  /** All benchmarks, by metric, kind and name. */
  public List<Benchmark> all() {
    return repository.all();
  }

  public Benchmark get(long id) {
    return repository.find(id).orElseThrow(() -> new NotFound("Benchmark " + id));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Benchmark add(Benchmark.Draft d) {
    d.check();
    return get(repository.insert(d, Callers.of(ctx).name(), time.now()));
  }

  /** Replaces the benchmark read in {@code version}. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Benchmark change(long id, int version, Benchmark.Draft d) {
    get(id);
    d.check();
    if (!repository.update(id, version, d, Callers.of(ctx).name(), time.now())) {
      throw new StaleVersion();
    }
    return get(id);
  }

  /** Removes the benchmark read in {@code version}. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public void remove(long id, int version) {
    get(id);
    if (!repository.delete(id, version)) {
      throw new StaleVersion();
    }
  }
}
