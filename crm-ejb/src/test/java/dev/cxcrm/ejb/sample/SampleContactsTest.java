package dev.cxcrm.ejb.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.sample.SampleContacts.Case;
import dev.cxcrm.ejb.sample.SampleContacts.Contact;
import dev.cxcrm.ejb.sample.SampleContacts.History;
import dev.cxcrm.ejb.sample.SampleContacts.Move;
import dev.cxcrm.ejb.sample.SampleContacts.Sample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleContactsTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
  private static final List<CustomerDraft> CUSTOMERS =
      SampleCustomers.generate(
          300, List.of("sato", "tanaka", "kobayashi"), LocalDate.of(2026, 11, 23));
  private final Sample sample = generate();

  /** A day's answer time on every channel except in person, as a simple stand-in standard. */
  private static Optional<Instant> due(Channel channel, Instant receivedAt) {
    return channel == Channel.IN_PERSON
        ? Optional.empty()
        : Optional.of(receivedAt.plus(Duration.ofHours(channel == Channel.PHONE ? 4 : 24)));
  }

  private static Sample generate() {
    return SampleContacts.generate(
        CUSTOMERS.stream().map(d -> new SampleContacts.Seed(d.lifecycle(), d.owner())).toList(),
        List.of("tanaka", "kobayashi", "sato"),
        NOW,
        TOKYO,
        SampleContactsTest::due);
  }

  @Test
  void most_customers_moved_through_the_journey_in_the_last_half_year_in_a_consistent_chain() {
    long moved = sample.histories().stream().filter(h -> !h.moves().isEmpty()).count();
    assertThat(moved).isGreaterThan(200);
    long back = 0;
    for (History h : sample.histories()) {
      JourneyStage at = JourneyStage.AWARENESS;
      Instant previous = h.createdAt();
      for (Move m : h.moves()) {
        assertThat(m.from()).isEqualTo(at);
        assertThat(m.at()).isAfter(previous).isAfter(NOW.minus(Duration.ofDays(181))).isBefore(NOW);
        back += m.to().ordinal() < m.from().ordinal() ? 1 : 0;
        at = m.to();
        previous = m.at();
      }
      assertThat(h.stage()).isEqualTo(at);
    }
    assertThat(back).isBetween(3L, 40L);
  }

  @Test
  void about_1500_contacts_in_the_last_quarter_with_the_touchpoints_stage_and_japanese_text() {
    assertThat(sample.contacts()).hasSizeBetween(1200, 1800);
    Map<Long, JourneyStage> stageOf =
        Map.ofEntries(
            Map.entry(1L, JourneyStage.AWARENESS),
            Map.entry(2L, JourneyStage.AWARENESS),
            Map.entry(4L, JourneyStage.AWARENESS),
            Map.entry(5L, JourneyStage.CONSIDERATION),
            Map.entry(6L, JourneyStage.CONSIDERATION),
            Map.entry(7L, JourneyStage.CONSIDERATION),
            Map.entry(8L, JourneyStage.PURCHASE),
            Map.entry(9L, JourneyStage.PURCHASE),
            Map.entry(10L, JourneyStage.PURCHASE),
            Map.entry(11L, JourneyStage.SERVICE),
            Map.entry(12L, JourneyStage.SERVICE),
            Map.entry(13L, JourneyStage.SERVICE),
            Map.entry(14L, JourneyStage.ADVOCACY),
            Map.entry(15L, JourneyStage.ADVOCACY),
            Map.entry(16L, JourneyStage.ADVOCACY));
    for (Contact c : sample.contacts()) {
      assertThat(c.occurredAt()).isAfter(NOW.minus(Duration.ofDays(91))).isBefore(NOW);
      assertThat(c.stage()).isEqualTo(stageOf.get(c.touchpointId()));
      assertThat(c.subject()).isNotBlank();
      assertThat(c.summary()).isNotBlank();
      assertThat(c.emotion()).isBetween(-2, 2);
    }
    assertThat(sample.contacts().stream().map(Contact::channel).distinct().count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_painful_touchpoints_feel_negative_on_average_and_the_others_do_not() {
    Map<Boolean, Double> mean =
        sample.contacts().stream()
            .collect(
                Collectors.partitioningBy(
                    c -> SampleContacts.PAINFUL.contains(c.touchpointId()),
                    Collectors.averagingInt(Contact::emotion)));
    assertThat(mean.get(true)).isLessThan(-0.3);
    assertThat(mean.get(false)).isGreaterThan(0.3);
  }

  @Test
  void every_answered_contact_is_answered_by_the_first_reply_that_names_it() {
    List<Contact> all = sample.contacts();
    int late = 0;
    int openWithNewsletter = 0;
    for (int i = 0; i < all.size(); i++) {
      Contact in = all.get(i);
      if (!in.inbound() || !in.awaitsAnswer()) {
        assertThat(in.answeredBy()).isEqualTo(-1);
        continue;
      }
      assertThat(in.dueAt()).isEqualTo(due(in.channel(), in.occurredAt()).orElseThrow());
      int index = i;
      Optional<Contact> firstReply =
          all.stream()
              .filter(o -> !o.inbound() && o.replyTo() == index)
              .min(Comparator.comparing(Contact::occurredAt));
      if (in.answeredBy() < 0) {
        assertThat(firstReply).as("an open contact has no reply").isEmpty();
        openWithNewsletter +=
            all.stream()
                    .anyMatch(
                        o ->
                            o.customer() == in.customer()
                                && !o.inbound()
                                && o.occurredAt().isAfter(in.occurredAt()))
                ? 1
                : 0;
        continue;
      }
      Contact answer = all.get(in.answeredBy());
      assertThat(firstReply).contains(answer);
      assertThat(in.answeredAt()).isEqualTo(answer.occurredAt()).isAfter(in.occurredAt());
      late += in.answeredAt().isAfter(in.dueAt()) ? 1 : 0;
    }
    assertThat(late).as("answers after their deadline").isBetween(10, 120);
    assertThat(openWithNewsletter).as("open contacts a newsletter followed").isBetween(3, 10);
  }

  @Test
  void ten_to_twenty_contacts_are_still_open_from_overdue_to_tomorrow_some_of_them_tanakas() {
    List<Contact> open =
        sample.contacts().stream().filter(c -> c.awaitsAnswer() && c.answeredBy() < 0).toList();
    assertThat(open).hasSizeBetween(10, 20);
    assertThat(open).anyMatch(c -> c.dueAt().isBefore(NOW));
    assertThat(open).anyMatch(c -> c.dueAt().isAfter(NOW));
    assertThat(open).allMatch(c -> c.dueAt().isBefore(NOW.plus(Duration.ofDays(2))));
    assertThat(open.stream().filter(c -> "tanaka".equals(c.agent())).count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void about_forty_cases_resolved_ones_with_a_root_cause_fcr_ones_with_one_inbound_contact() {
    List<Case> cases = sample.cases();
    assertThat(cases).hasSizeBetween(30, 50);
    List<List<Contact>> contactsOf = new ArrayList<>();
    cases.forEach(k -> contactsOf.add(new ArrayList<>()));
    sample.contacts().stream()
        .filter(c -> c.caseIndex() >= 0)
        .forEach(c -> contactsOf.get(c.caseIndex()).add(c));
    IntStream.range(0, cases.size())
        .forEach(
            i -> {
              Case k = cases.get(i);
              assertThat(contactsOf.get(i))
                  .isNotEmpty()
                  .allMatch(c -> c.customer() == k.customer());
              if ("RESOLVED".equals(k.status())) {
                assertThat(k.rootCauseId()).isBetween(1L, 10L);
                assertThat(k.resolution()).isNotBlank();
                assertThat(k.resolvedAt()).isAfter(k.openedAt());
                long inbound = contactsOf.get(i).stream().filter(Contact::inbound).count();
                assertThat(k.firstContactResolution())
                    .isEqualTo(inbound == 1 && k.reopenCount() == 0);
              } else {
                assertThat(k.rootCauseId()).isNull();
                assertThat(k.resolvedAt()).isNull();
                assertThat(k.firstContactResolution()).isNull();
              }
            });
    assertThat(cases).anyMatch(k -> !"RESOLVED".equals(k.status()));
    assertThat(cases.stream().filter(k -> "RESOLVED".equals(k.status())).count())
        .isGreaterThan(cases.size() / 2);
    assertThat(cases).anyMatch(k -> Boolean.TRUE.equals(k.firstContactResolution()));
    assertThat(cases).anyMatch(k -> k.reopenCount() > 0);
  }

  @Test
  void three_pain_points_at_the_painful_touchpoints_with_their_unhappy_customers() {
    assertThat(sample.painPoints()).hasSize(3);
    sample
        .painPoints()
        .forEach(
            p -> {
              assertThat(SampleContacts.PAINFUL).contains(p.touchpointId());
              assertThat(p.customers()).isNotEmpty();
              assertThat(p.customers())
                  .allMatch(
                      k ->
                          sample.contacts().stream()
                              .anyMatch(
                                  c ->
                                      c.customer() == k
                                          && c.touchpointId() == p.touchpointId()
                                          && c.emotion() < 0));
            });
  }

  @Test
  void the_sample_is_the_same_every_time() {
    assertThat(generate()).isEqualTo(sample);
  }
}
