package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.FeedbackCursor;
import dev.cxcrm.domain.feedback.Purchase;
import dev.cxcrm.domain.feedback.PurchaseDraft;
import dev.cxcrm.domain.feedback.PurchaseRules;
import dev.cxcrm.domain.feedback.Referral;
import dev.cxcrm.domain.feedback.ReferralDraft;
import dev.cxcrm.domain.feedback.ReferralRules;
import dev.cxcrm.domain.feedback.survey.SurveyMoments;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.customer.CustomerChecks;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.shared.BulkCreate;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Purchases and referrals that other systems push (or staff record): one or up to {@value
 * #BULK_MAX} at once, idempotent by external id, read by id and per customer newest first. The
 * lifetime value and referral metrics read them. Recording follows the ownership policy.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class PurchaseService {
  public static final int BULK_MAX = 1000;
  private static final BulkCreate<PurchaseDraft> PURCHASES =
      new BulkCreate<>("feedback", PurchaseDraft::externalId);
  private static final BulkCreate<ReferralDraft> REFERRALS =
      new BulkCreate<>("feedback", ReferralDraft::externalId);

  @Resource SessionContext ctx;
  @Inject PurchaseRepository store;
  @Inject CustomerQueries customers;
  @Inject TimeSource time;
  @Inject Event<SurveyTriggers.PurchasesRecorded> purchased;

  /** One purchase: created now, or the same one pushed before ({@code created == false}). */
  public CreateResult<Purchase> purchase(PurchaseDraft draft) {
    BulkOutcome o = purchases(List.of(draft), true).get(0);
    return new CreateResult<>(purchase(o.id()), o.status() == BulkOutcome.Status.CREATED);
  }

  public List<BulkOutcome> purchases(List<PurchaseDraft> drafts) {
    return purchases(max(drafts), false);
  }

  private List<BulkOutcome> purchases(List<PurchaseDraft> input, boolean single) {
    Actor actor = Callers.of(ctx);
    Instant now = time.now();
    List<PurchaseDraft> drafts = input.stream().map(PurchaseRules::normalized).toList();
    Map<Long, CustomerFacts> facts =
        customers.facts(ids(drafts.stream().map(PurchaseDraft::customerId)));
    Map<String, BulkCreate.Stored<PurchaseDraft>> earlier = new HashMap<>();
    store
        .purchases(
            store
                .purchaseExternalIds(drafts.stream().map(PurchaseDraft::externalId).toList())
                .values())
        .forEach(
            p ->
                earlier.put(p.content().externalId(), new BulkCreate.Stored<>(p.id(), p::matches)));
    return PURCHASES.create(
        drafts,
        single,
        earlier,
        d -> {
          CustomerChecks.mayRecordFor(actor, d.customerId(), facts);
          List<FieldError> errors = new ArrayList<>(PurchaseRules.check(d, now));
          CustomerChecks.known(errors, "customerId", d.customerId(), facts);
          return errors;
        },
        fresh -> {
          List<Long> ids = store.insertPurchases(fresh, actor.name(), now);
          List<Long> recent =
              fresh.stream()
                  .filter(p -> SurveyMoments.recent(p.purchasedAt(), now))
                  .map(PurchaseDraft::customerId)
                  .toList();
          if (!recent.isEmpty()) {
            purchased.fire(new SurveyTriggers.PurchasesRecorded(recent));
          }
          return ids;
        });
  }

  /** One referral: created now, or the same one pushed before ({@code created == false}). */
  public CreateResult<Referral> referral(ReferralDraft draft) {
    BulkOutcome o = referrals(List.of(draft), true).get(0);
    return new CreateResult<>(referral(o.id()), o.status() == BulkOutcome.Status.CREATED);
  }

  public List<BulkOutcome> referrals(List<ReferralDraft> drafts) {
    return referrals(max(drafts), false);
  }

  private List<BulkOutcome> referrals(List<ReferralDraft> input, boolean single) {
    Actor actor = Callers.of(ctx);
    Instant now = time.now();
    List<ReferralDraft> drafts = input.stream().map(ReferralRules::normalized).toList();
    Map<Long, CustomerFacts> facts =
        customers.facts(
            ids(drafts.stream().flatMap(d -> Stream.of(d.referrerId(), d.referredCustomerId()))));
    Map<String, BulkCreate.Stored<ReferralDraft>> earlier = new HashMap<>();
    store
        .referrals(
            store
                .referralExternalIds(drafts.stream().map(ReferralDraft::externalId).toList())
                .values())
        .forEach(
            r ->
                earlier.put(r.content().externalId(), new BulkCreate.Stored<>(r.id(), r::matches)));
    return REFERRALS.create(
        drafts,
        single,
        earlier,
        d -> {
          CustomerChecks.mayRecordFor(actor, d.referrerId(), facts);
          List<FieldError> errors = new ArrayList<>(ReferralRules.check(d, now));
          CustomerChecks.known(errors, "referrerId", d.referrerId(), facts);
          CustomerChecks.known(errors, "referredCustomerId", d.referredCustomerId(), facts);
          return errors;
        },
        fresh -> store.insertReferrals(fresh, actor.name(), now));
  }

  public Purchase purchase(long id) {
    return store.purchases(List.of(id)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Purchase " + id));
  }

  public Referral referral(long id) {
    return store.referrals(List.of(id)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Referral " + id));
  }

  /** A page of the customer's purchases, newest first. */
  public Page<Purchase> purchasesOf(CustomerId customer, String cursor, int limit) {
    FeedbackCursor after = cursor(customer, cursor);
    List<Long> ids =
        store.purchasesOf(
            customer.value(),
            after == null ? null : after.receivedAt(),
            after == null ? null : after.id(),
            limit);
    return Page.of(
        store.purchases(ids),
        limit,
        last -> new FeedbackCursor(last.content().purchasedAt(), last.id()).encode());
  }

  /** A page of the referrals the customer made, newest first. */
  public Page<Referral> referralsBy(CustomerId customer, String cursor, int limit) {
    FeedbackCursor after = cursor(customer, cursor);
    List<Long> ids =
        store.referralsBy(
            customer.value(),
            after == null ? null : after.receivedAt(),
            after == null ? null : after.id(),
            limit);
    return Page.of(
        store.referrals(ids),
        limit,
        last -> new FeedbackCursor(last.content().referredAt(), last.id()).encode());
  }

  private FeedbackCursor cursor(CustomerId customer, String cursor) {
    if (!customers.isActive(customer)) {
      throw new NotFound("Customer " + customer);
    }
    return cursor == null || cursor.isBlank() ? null : FeedbackCursor.decode(cursor);
  }

  private static <D> List<D> max(List<D> drafts) {
    if (drafts.size() > BULK_MAX) {
      throw InvalidInput.of("items", "validation.tooMany", "At most {0} entries.", BULK_MAX);
    }
    return drafts;
  }

  private static List<Long> ids(Stream<Long> ids) {
    return ids.filter(id -> id != null).distinct().toList();
  }
}
