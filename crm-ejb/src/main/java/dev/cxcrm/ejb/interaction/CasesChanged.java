package dev.cxcrm.ejb.interaction;

import java.util.List;

/**
 * Cases opened or changed in the current transaction (resolved, reopened, given another owner, an
 * interaction put in or taken out), after their rows were written. Fired inside the transaction, so
 * an observer's writes (the metrics' case rollup) commit or roll back with the change.
 */
public record CasesChanged(List<Long> ids) {
  public CasesChanged {
    ids = List.copyOf(ids);
  }
}
