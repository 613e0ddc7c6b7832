package dev.cxcrm.ejb.shared;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Creating records that other systems push, one or a thousand at a time, idempotent by their
 * external id, the same for every feature (feedback, purchases, referrals): a row whose external id
 * was stored before with the same content answers EXISTING, with other content a conflict; a row
 * that breaks a rule is REJECTED with its errors; the good rows are written in one batch.
 *
 * @param <D> the draft a caller sends
 */
public final class BulkCreate<D> {
  /** A stored record as far as a repeated push is compared with it. */
  public record Stored<D>(long id, Predicate<D> sameAs) {}

  private final String feature;
  private final Function<D, String> externalId;

  /**
   * @param feature the prefix of the feature's message keys ({@code feedback} for {@code
   *     feedback.validation.externalIdTwice})
   */
  public BulkCreate(String feature, Function<D, String> externalId) {
    this.feature = feature;
    this.externalId = externalId;
  }

  /**
   * Answers every draft in order. {@code check} lists a draft's broken rules (it may throw {@link
   * Forbidden}); {@code write} stores the good drafts and answers their ids in the same order. For
   * a single create ({@code single}) a refusal is thrown instead of answered.
   */
  public List<BulkOutcome> create(
      List<D> drafts,
      boolean single,
      Map<String, Stored<D>> stored,
      Function<D, List<FieldError>> check,
      Function<List<D>, List<Long>> write) {
    List<BulkOutcome> outcomes = new ArrayList<>();
    List<D> fresh = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    Set<String> inRequest = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      D d = drafts.get(i);
      String external = externalId.apply(d);
      try {
        Stored<D> before = external == null ? null : stored.get(external);
        if (before != null) {
          if (!before.sameAs().test(d)) {
            throw new Conflict("This external id was recorded before with other content.");
          }
          outcomes.add(new BulkOutcome(i, BulkOutcome.Status.EXISTING, before.id(), null));
          continue;
        }
        List<FieldError> errors = new ArrayList<>(check.apply(d));
        if (external != null && !inRequest.add(external)) {
          errors.add(
              FieldError.of(
                  "externalId",
                  feature + ".validation.externalIdTwice",
                  "Another entry of this request has the same external id."));
        }
        if (!errors.isEmpty()) {
          throw new InvalidInput(errors);
        }
        fresh.add(d);
        positions.add(i);
      } catch (InvalidInput | Conflict | Forbidden e) {
        outcomes.add(BulkRows.refuse(i, e, single, feature + ".validation.externalIdConflict"));
      }
    }
    List<Long> ids = write.apply(fresh);
    for (int k = 0; k < fresh.size(); k++) {
      outcomes.add(new BulkOutcome(positions.get(k), BulkOutcome.Status.CREATED, ids.get(k), null));
    }
    outcomes.sort(Comparator.comparingInt(BulkOutcome::index));
    return outcomes;
  }
}
