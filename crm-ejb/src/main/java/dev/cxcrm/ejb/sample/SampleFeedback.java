package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.FollowUpRule;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample business's voice of the customer: survey answers whose NPS leans by lifecycle (churned
 * customers were unhappier), CSAT and CES on some, reviews and remarks, two years of purchases for
 * active customers, referrals by some promoters, and the follow-ups the unhappy recent answers
 * opened (older ones closed, the last week's still open). Deterministic, like the rest of the
 * sample.
 */
final class SampleFeedback {
  private static final String BY = "sample";
  private static final String[] PRAISE = {"対応がとても丁寧でした。", "説明が分かりやすく安心できました。", "いつも迅速に対応してもらえます。"};
  private static final String[] NEUTRAL = {"特に不満はありません。", "価格がもう少し安いと嬉しい。"};
  private static final String[] COMPLAINT = {
    "配送が遅く、連絡もありませんでした。", "電話がなかなかつながらない。", "請求内容が分かりにくい。"
  };
  private static final String[][] THEMES = {{"対応"}, {"価格"}, {"配送", "連絡"}, {"電話"}, {"請求"}};

  /** A customer as the sample knows it: its id, lifecycle, owner and since when it is one. */
  record Who(long id, Lifecycle lifecycle, String owner, Instant since) {}

  /** How much was written, for the log. */
  record Counts(int feedback, int purchases, int referrals, int followUps) {}

  /** The ways the sample's survey answers came in: the link of an e-mail, the web, a call. */
  private static final Channel[] SURVEY_CHANNELS = {Channel.EMAIL, Channel.WEB, Channel.PHONE};

  private record Answer(FeedbackDraft draft, String owner) {}

  private SampleFeedback() {}

  static Counts write(
      Connection c, SampleContactsWriter w, List<Who> customers, Instant now, BusinessCalendar cal)
      throws SQLException {
    Random r = new Random(20261202L);
    List<Answer> answers = new ArrayList<>();
    List<Object[]> purchases = new ArrayList<>();
    List<Object[]> referrals = new ArrayList<>();
    for (Who who : customers) {
      if (who.lifecycle() == Lifecycle.PROSPECT) {
        continue;
      }
      Instant from = later(who.since(), now.minus(Duration.ofDays(180)));
      int surveys = r.nextInt(10) < 6 ? 1 + r.nextInt(3) : 0;
      for (int k = 0; k < surveys; k++) {
        int nps = nps(r, who.lifecycle() == Lifecycle.CHURNED);
        Integer csat = r.nextBoolean() ? Math.max(1, Math.min(5, nps / 2 + r.nextInt(2))) : null;
        Integer ces = r.nextInt(10) < 3 ? 1 + r.nextInt(5) : null;
        String text = r.nextInt(3) == 0 ? null : words(r, nps);
        answers.add(
            new Answer(
                FeedbackDraft.of(FeedbackKind.SURVEY, who.id(), at(r, from, now))
                    .withChannel(SURVEY_CHANNELS[(int) ((who.id() + k) % SURVEY_CHANNELS.length)])
                    .withScores(
                        new Scores(nps, csat, csat == null ? null : 5, ces, ces == null ? null : 5))
                    .withText(text)
                    .withThemes(
                        text == null ? List.of() : List.of(THEMES[r.nextInt(THEMES.length)])),
                who.owner()));
        if (nps >= 9 && r.nextInt(6) == 0) {
          referrals.add(new Object[] {who.id(), at(r, from, now), "ご紹介 " + (referrals.size() + 1)});
        }
      }
      if (r.nextInt(12) == 0) {
        int stars = 1 + r.nextInt(5);
        answers.add(
            new Answer(
                FeedbackDraft.of(FeedbackKind.REVIEW, who.id(), at(r, from, now))
                    .withChannel(Channel.WEB)
                    .withStars(stars)
                    .withPlatform("Google マップ")
                    .withText(words(r, stars * 2)),
                who.owner()));
      }
      if (r.nextInt(10) == 0) {
        int emotion = r.nextInt(5) - 2;
        answers.add(
            new Answer(
                FeedbackDraft.of(FeedbackKind.REMARK, who.id(), at(r, from, now))
                    .withChannel(who.id() % 2 == 0 ? Channel.PHONE : Channel.IN_PERSON)
                    .withEmotion(emotion)
                    .withText(words(r, 5 + emotion * 2)),
                who.owner()));
      }
      if (who.lifecycle() == Lifecycle.ACTIVE) {
        Instant first = later(who.since(), now.minus(Duration.ofDays(730)));
        for (int k = 1 + r.nextInt(8); k > 0; k--) {
          purchases.add(
              new Object[] {
                who.id(), at(r, first, now), BigDecimal.valueOf(20 + r.nextInt(780) * 100L)
              });
        }
      }
    }
    List<Long> ids = Jdbc.ids(c, "feedback_seq", answers.size());
    w.batch(
        "insert into feedback (id, version, customer_id, kind, received_at, emotion, body, nps,"
            + " csat, csat_scale, ces, ces_scale, stars, platform, channel, created_at, created_by)"
            + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        answers,
        (p, a, i) -> {
          FeedbackDraft d = a.draft();
          p.setLong(1, ids.get(i));
          p.setLong(2, d.customerId());
          p.setString(3, d.kind().name());
          p.setObject(4, Jdbc.time(d.receivedAt()));
          Jdbc.setSmall(p, 5, d.emotion());
          p.setString(6, d.text());
          Jdbc.setSmall(p, 7, d.scores().nps());
          Jdbc.setSmall(p, 8, d.scores().csat());
          Jdbc.setSmall(p, 9, d.scores().csatScale());
          Jdbc.setSmall(p, 10, d.scores().ces());
          Jdbc.setSmall(p, 11, d.scores().cesScale());
          Jdbc.setSmall(p, 12, d.stars());
          p.setString(13, d.platform());
          Jdbc.setName(p, 14, d.channel());
          p.setObject(15, Jdbc.time(d.receivedAt()));
          p.setString(16, BY);
        });
    List<Object[]> themes = new ArrayList<>();
    List<Object[]> followUps = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      FeedbackDraft d = answers.get(i).draft();
      for (String t : d.themes()) {
        themes.add(new Object[] {ids.get(i), t});
      }
      if (FollowUpRule.opens(d, now)) {
        Instant due = cal.plusBusinessDays(d.receivedAt(), FollowUpRule.BUSINESS_DAYS);
        boolean done = d.receivedAt().isBefore(now.minus(Duration.ofDays(7)));
        followUps.add(
            new Object[] {
              ids.get(i), d.customerId(), answers.get(i).owner(), due, done, d.receivedAt()
            });
      }
    }
    w.batch(
        "insert into feedback_theme (feedback_id, label) values (?, ?)",
        themes,
        (p, t, i) -> {
          p.setLong(1, (Long) t[0]);
          p.setString(2, (String) t[1]);
        });
    List<Long> followUpIds = Jdbc.ids(c, "follow_up_seq", followUps.size());
    w.batch(
        "insert into follow_up (id, version, feedback_id, customer_id, assignee, due_at, status,"
            + " action, outcome, closed_at, closed_by, created_at)"
            + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        followUps,
        (p, f, i) -> {
          boolean done = (Boolean) f[4];
          Instant due = (Instant) f[3];
          p.setLong(1, followUpIds.get(i));
          p.setLong(2, (Long) f[0]);
          p.setLong(3, (Long) f[1]);
          p.setString(4, (String) f[2]);
          p.setObject(5, Jdbc.time(due));
          p.setString(6, done ? "DONE" : "OPEN");
          p.setString(7, done ? "お電話でお詫びし、事情を伺った。" : null);
          p.setString(8, done ? "ご理解いただけた" : null);
          p.setObject(9, done ? Jdbc.time(due.minus(Duration.ofHours(3))) : null);
          p.setString(10, done ? (f[2] == null ? "sato" : (String) f[2]) : null);
          p.setObject(11, Jdbc.time((Instant) f[5]));
        });
    List<Long> purchaseIds = Jdbc.ids(c, "purchase_seq", purchases.size());
    w.batch(
        "insert into purchase (id, version, customer_id, purchased_at, amount, currency, item,"
            + " created_at, created_by) values (?, 1, ?, ?, ?, 'JPY', ?, ?, ?)",
        purchases,
        (p, x, i) -> {
          p.setLong(1, purchaseIds.get(i));
          p.setLong(2, (Long) x[0]);
          p.setObject(3, Jdbc.time((Instant) x[1]));
          p.setBigDecimal(4, (BigDecimal) x[2]);
          p.setString(5, "ご注文");
          p.setObject(6, Jdbc.time((Instant) x[1]));
          p.setString(7, BY);
        });
    List<Long> referralIds = Jdbc.ids(c, "referral_seq", referrals.size());
    w.batch(
        "insert into referral (id, version, referrer_id, referred_at, referred_name, status,"
            + " created_at, created_by) values (?, 1, ?, ?, ?, ?, ?, ?)",
        referrals,
        (p, x, i) -> {
          p.setLong(1, referralIds.get(i));
          p.setLong(2, (Long) x[0]);
          p.setObject(3, Jdbc.time((Instant) x[1]));
          p.setString(4, (String) x[2]);
          p.setString(5, i % 3 == 0 ? "CONVERTED" : "RECEIVED");
          p.setObject(6, Jdbc.time((Instant) x[1]));
          p.setString(7, BY);
        });
    return new Counts(answers.size(), purchases.size(), referrals.size(), followUps.size());
  }

  /** Promoters, passives and detractors about 50/30/20 for customers, 15/30/55 for those lost. */
  private static int nps(Random r, boolean churned) {
    int roll = r.nextInt(100);
    int promoters = churned ? 15 : 50;
    if (roll < promoters) {
      return 9 + r.nextInt(2);
    }
    return roll < promoters + 30 ? 7 + r.nextInt(2) : r.nextInt(7);
  }

  private static String words(Random r, int score) {
    String[] pool = score >= 9 ? PRAISE : score >= 7 ? NEUTRAL : COMPLAINT;
    return pool[r.nextInt(pool.length)];
  }

  private static Instant at(Random r, Instant from, Instant to) {
    long span = Math.max(1, Duration.between(from, to).toMinutes());
    return from.plus(Duration.ofMinutes((long) (r.nextDouble() * span)));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
