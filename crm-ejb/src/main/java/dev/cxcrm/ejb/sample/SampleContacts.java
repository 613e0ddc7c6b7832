package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The sample business's customer experience, for trying the journey, interaction and case features:
 * stage moves over the last half year, contacts over the last quarter with their answers, cases
 * with root causes, and the pain points where the contacts hurt. Pure and seeded like {@link
 * SampleCustomers}: rows refer to each other by their index in the lists, the writer turns indexes
 * into ids. Deadlines come from the caller (the stored response standards and calendar).
 */
final class SampleContacts {
  static final int OPEN_CONTACTS = 15;
  static final int CASES = 40;
  private static final JourneyStage[] STAGES = JourneyStage.values();

  /** Touchpoint ids of the seeded catalogue (V3_10), per stage, with their channel. */
  private static final long[][] TOUCHPOINTS = {
    {1, 2, 4}, {5, 6, 7}, {8, 9, 10}, {11, 12, 13}, {14, 15, 16}
  };

  private static final Channel[] TOUCHPOINT_CHANNEL = {
    null,
    Channel.WEB,
    Channel.SOCIAL,
    Channel.IN_PERSON,
    Channel.WEB,
    Channel.PHONE,
    Channel.IN_PERSON,
    Channel.EMAIL,
    Channel.IN_PERSON,
    Channel.WEB,
    Channel.IN_PERSON,
    Channel.IN_PERSON,
    Channel.PHONE,
    Channel.EMAIL,
    Channel.EMAIL,
    Channel.EMAIL,
    Channel.WEB
  };

  /** Touchpoints where the sample's customers are unhappy: payment, delivery and support. */
  static final Set<Long> PAINFUL = Set.of(9L, 11L, 12L);

  /** What a customer writes or says, the answer, and how the customer felt (-2..2). */
  private record Topic(
      String subject, String summary, String answer, String outcome, int emotion) {}

  private static final Topic[][] TOPICS = {
    {},
    {
      new Topic("資料請求", "ウェブサイトのフォームからサービス資料の送付を希望。", "資料をメールでお送りしました。", "資料送付済み", 1),
      new Topic("料金ページについて", "料金プランの違いが分かりにくいとの問い合わせ。", "各プランの違いを表にしてご案内しました。", "説明済み", 0)
    },
    {
      new Topic("SNSでのご質問", "インスタグラムの投稿を見て、営業時間の問い合わせ。", "営業時間と定休日をお知らせしました。", "回答済み", 1),
      new Topic("キャンペーンについて", "SNSで見たキャンペーンの対象条件を知りたい。", "対象条件と期間をご案内しました。", "案内済み", 1)
    },
    {new Topic("ご紹介でのご来店", "知人の紹介で来店。サービスに興味あり。", "ご紹介特典をご説明しました。", "次回相談予約", 2)},
    {new Topic("近くの店舗について", "地図検索から最寄り店舗の場所を確認したい。", "店舗の地図と駐車場をご案内しました。", "案内済み", 0)},
    {
      new Topic("初回のお問い合わせ", "サービス内容と導入までの流れを聞きたいとのお電話。", "導入の流れをご説明し、相談日を調整しました。", "相談予約", 1),
      new Topic("見積もり依頼", "概算の見積もりがほしいとの依頼。", "概算見積もりをお送りしました。", "見積送付", 0)
    },
    {new Topic("ご相談", "現在の課題と予算についてご相談を受けた。", "提案書を作成してお送りすることになりました。", "提案準備", 1)},
    {
      new Topic("提案内容の確認", "提案書の内容について質問が二点あり。", "質問二点に回答し、修正版の提案書をお送りしました。", "提案修正", 0),
      new Topic("提案書の送付", "提案書のお礼と、社内で検討するとのご連絡。", "ご検討のほどよろしくお願いいたします。", "検討中", 1)
    },
    {new Topic("ご契約", "契約書にご署名いただいた。", "ご契約ありがとうございます。今後の流れをお送りしました。", "契約締結", 2)},
    {
      new Topic("請求書の金額について", "請求書の金額が見積もりと違うとのご指摘。", "差額の内訳をご説明し、訂正した請求書を再発行しました。", "請求書再発行", -2),
      new Topic("支払い方法の変更", "口座振替に変えたいが手続きが分かりにくいとのこと。", "変更手続きの書類をお送りしました。", "書類送付", -1),
      new Topic("カード決済のエラー", "オンラインでカード決済ができないとのお問い合わせ。", "決済システムの不具合を確認し、復旧をご連絡しました。", "復旧連絡", -2)
    },
    {new Topic("初期設定の日程", "オンボーディングの日程を決めたい。", "初期設定の訪問日を確定しました。", "日程確定", 1)},
    {
      new Topic(
          "配送の遅れ", "注文した商品が予定日を過ぎても届かないとのご連絡。", "配送業者に確認し、到着予定日をご連絡しました。お詫び申し上げました。", "到着日連絡", -2),
      new Topic("訪問日時の変更", "訪問予定の日時を来週に変更したい。", "ご希望の日時に変更しました。", "日程変更", 0),
      new Topic("作業の仕上がり", "作業の仕上がりにご満足とのお言葉をいただいた。", "ありがとうございます。今後ともよろしくお願いいたします。", "お礼", 2)
    },
    {
      new Topic("つながらない", "電話が何度かけてもつながらなかったとのご不満。", "お待たせしたことをお詫びし、ご用件を承りました。", "お詫び・対応", -2),
      new Topic("使い方の質問", "管理画面の操作方法が分からないとのお問い合わせ。", "操作手順をご説明し、マニュアルをお送りしました。", "説明済み", -1),
      new Topic("不具合の報告", "昨日から一部の機能が動かないとのご報告。", "原因を調査し、修正済みであることをご連絡しました。", "修正連絡", -2)
    },
    {
      new Topic("契約内容の変更", "ご利用人数が増えたのでプランを変更したい。", "新しいプランの見積もりと変更日をご案内しました。", "プラン変更", 1),
      new Topic("担当者変更のご連絡", "先方のご担当者が変わるとのご連絡。", "新しいご担当者様にご挨拶のメールをお送りしました。", "連絡先更新", 0)
    },
    {new Topic("ご利用状況の確認", "導入後のご利用状況をうかがった。", "ご満足とのこと。次回の定期連絡を予定しました。", "定期連絡", 1)},
    {new Topic("ご紹介のお願い", "ご友人へのご紹介をお願いした。", "快くお引き受けいただきました。", "紹介了承", 2)},
    {
      new Topic("お礼のレビュー", "レビューサイトに高評価をいただいた。", "レビューへのお礼をお送りしました。", "お礼済み", 2),
      new Topic("レビューでのご意見", "レビューで待ち時間が長いとのご意見。", "ご意見へのお礼と改善の取り組みをお伝えしました。", "返信済み", -1)
    }
  };

  private static final String[][] RESOLUTIONS = {
    {"2", "担当間の引き継ぎ漏れで返信が遅れた。手順を見直し、お客様にお詫びした。"},
    {"3", "請求内容の説明が不足していた。内訳を説明し、案内文を改善した。"},
    {"5", "システムの不具合を修正し、お客様に復旧をご連絡した。"},
    {"10", "配送業者の遅延。到着を確認し、送料を返金した。"},
    {"1", "手続きが分かりにくかった。書類を送付し、案内ページを改訂した。"},
    {"9", "お客様の設定の問題。設定方法をご説明して解決した。"}
  };

  /** A customer as the sample needs it. */
  record Seed(Lifecycle lifecycle, String owner) {}

  /** A move of one customer from one stage to another (from is never null in the sample). */
  record Move(int customer, JourneyStage from, JourneyStage to, Instant at) {}

  /** A customer's creation time and stage moves, oldest first. */
  record History(Instant createdAt, List<Move> moves) {
    JourneyStage stage() {
      return moves.isEmpty() ? JourneyStage.AWARENESS : moves.get(moves.size() - 1).to();
    }

    JourneyStage stageAt(Instant t) {
      JourneyStage s = JourneyStage.AWARENESS;
      for (Move m : moves) {
        if (!m.at().isAfter(t)) {
          s = m.to();
        }
      }
      return s;
    }
  }

  /** One contact; answeredBy, replyTo and caseIndex are indexes (-1 for none). */
  record Contact(
      int customer,
      Channel channel,
      boolean inbound,
      Instant occurredAt,
      long touchpointId,
      JourneyStage stage,
      String agent,
      String subject,
      String summary,
      String outcome,
      int emotion,
      boolean awaitsAnswer,
      Instant dueAt,
      Instant answeredAt,
      int answeredBy,
      int replyTo,
      int caseIndex) {
    Contact answered(Instant at, int by) {
      return new Contact(
          customer,
          channel,
          inbound,
          occurredAt,
          touchpointId,
          stage,
          agent,
          subject,
          summary,
          outcome,
          emotion,
          awaitsAnswer,
          dueAt,
          at,
          by,
          replyTo,
          caseIndex);
    }
  }

  /**
   * A service case; rootCauseId is a seeded root cause (V3_40) or null while unresolved. The
   * emotion of the contact that opened it decides its type and priority, one rule for open and
   * resolved cases.
   */
  record Case(
      int customer,
      int emotion,
      String subject,
      String owner,
      String status,
      Long rootCauseId,
      String resolution,
      int reopenCount,
      Boolean firstContactResolution,
      Instant openedAt,
      String openedBy,
      Instant resolvedAt,
      String resolvedBy,
      long touchpointId) {

    /** An unhappy customer's case is a complaint, any other a question. */
    String type() {
      return emotion < 0 ? "COMPLAINT" : "QUESTION";
    }

    /** Only a clearly upset customer makes a case urgent. */
    String priority() {
      return emotion < -1 ? "HIGH" : "NORMAL";
    }
  }

  /** An open pain point with the customers it affects (indexes) and its cases (indexes). */
  record PainPoint(
      long touchpointId,
      String title,
      String description,
      int severity,
      List<Integer> customers,
      List<Integer> cases) {}

  record Sample(
      List<History> histories,
      List<Contact> contacts,
      List<Case> cases,
      List<PainPoint> painPoints) {}

  private SampleContacts() {}

  static Sample generate(
      List<Seed> customers,
      List<String> agents,
      Instant now,
      ZoneId zone,
      BiFunction<Channel, Instant, Optional<Instant>> dueAt) {
    Random r = new Random(20261124L);
    now = now.truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = now.atZone(zone).toLocalDate();
    List<History> histories = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      histories.add(history(r, i, customers.get(i).lifecycle(), now, today, zone));
    }
    List<Contact> contacts = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    // The customers whose last contact is still open: every 20th, so the owners vary.
    Set<Integer> openAt = new LinkedHashSet<>();
    for (int i = 7; openAt.size() < OPEN_CONTACTS && i < customers.size(); i += 20) {
      openAt.add(i);
    }
    Instant quarter = now.minus(Duration.ofDays(90));
    for (int i = 0; i < customers.size(); i++) {
      Seed seed = customers.get(i);
      History h = histories.get(i);
      Instant from = h.createdAt().isAfter(quarter) ? h.createdAt() : quarter;
      int threads = 1 + r.nextInt(4);
      Instant last = from;
      long span =
          Duration.between(from, now.minus(Duration.ofDays(openAt.contains(i) ? 7 : 2)))
              .toMinutes();
      if (span < 60L * 24 * threads) {
        threads = (int) Math.max(0, span / (60L * 24));
      }
      for (int t = 0; t < threads; t++) {
        long slot = span / threads;
        LocalDate day =
            from.plus(Duration.ofMinutes(t * slot + r.nextLong(Math.max(1, slot - 60L * 24))))
                .atZone(zone)
                .toLocalDate();
        Instant start = later(workingTime(r, day, zone), last);
        Instant end = from.plus(Duration.ofMinutes((t + 1) * slot));
        last = thread(r, i, seed, h, agents, start, end, dueAt, contacts, cases, false);
      }
      if (openAt.contains(i)) {
        // Received over the last day and a half: deadlines from overdue to tomorrow.
        int k = 1 + List.copyOf(openAt).indexOf(i);
        Instant start =
            later(inOfficeHours(now.minus(Duration.ofMinutes(150L * k + 20)), zone), last);
        thread(r, i, seed, h, agents, start, now, dueAt, contacts, cases, true);
        if (k % 2 == 0) {
          // The monthly newsletter went out while the message waited: it answers nothing.
          Contact open = contacts.get(contacts.size() - 1);
          contacts.add(newsletter(open, open.occurredAt().plus(Duration.ofMinutes(15))));
        }
      }
    }
    return new Sample(histories, contacts, cases, painPoints(contacts, cases));
  }

  private static Contact newsletter(Contact after, Instant at) {
    return new Contact(
        after.customer(),
        Channel.EMAIL,
        false,
        at,
        after.touchpointId(),
        after.stage(),
        null,
        "月刊ニュースレター",
        "新サービスと季節のキャンペーンのご案内。",
        null,
        0,
        false,
        null,
        null,
        -1,
        -1,
        -1);
  }

  private static History history(
      Random r, int i, Lifecycle lifecycle, Instant now, LocalDate today, ZoneId zone) {
    JourneyStage last =
        switch (lifecycle) {
          case PROSPECT -> r.nextInt(5) < 2 ? JourneyStage.AWARENESS : JourneyStage.CONSIDERATION;
          case ACTIVE -> STAGES[2 + r.nextInt(3)];
          case CHURNED -> JourneyStage.SERVICE;
        };
    List<JourneyStage> path = new ArrayList<>();
    for (int s = 1; s <= last.ordinal(); s++) {
      path.add(STAGES[s]);
    }
    // A few customers step back once (a proposal turned down, a service handed back) and go on.
    if (path.size() >= 2 && r.nextInt(12) == 0) {
      int at = 1 + r.nextInt(path.size() - 1);
      path.add(at, path.get(at - 1));
      path.add(at, STAGES[path.get(at - 1).ordinal() - 1]);
    }
    int startDay = 20 + r.nextInt(160);
    if (path.isEmpty()) {
      return new History(workingTime(r, today.minusDays(100 + r.nextInt(200)), zone), List.of());
    }
    Instant created = workingTime(r, today.minusDays(startDay + 3 + r.nextInt(30)), zone);
    List<Move> moves = new ArrayList<>();
    JourneyStage from = JourneyStage.AWARENESS;
    int day = startDay;
    for (int k = 0; k < path.size(); k++) {
      int remaining = path.size() - k;
      int step = k == 0 ? 0 : 1 + r.nextInt(Math.max(1, (day - 1) / remaining));
      day -= step;
      Instant at = workingTime(r, today.minusDays(day), zone);
      if (!moves.isEmpty()) {
        at = later(at, moves.get(moves.size() - 1).at());
      }
      moves.add(new Move(i, from, path.get(k), at));
      from = path.get(k);
    }
    return new History(created, moves);
  }

  /**
   * {@code t}, or an hour after {@code last} when it is not after it: a customer's contacts never
   * overlap.
   */
  private static Instant later(Instant t, Instant last) {
    return t.isAfter(last) ? t : last.plus(Duration.ofHours(1));
  }

  /** Adds one conversation and returns the time of its last contact. */
  private static Instant thread(
      Random r,
      int customer,
      Seed seed,
      History h,
      List<String> agents,
      Instant start,
      Instant end,
      BiFunction<Channel, Instant, Optional<Instant>> dueAt,
      List<Contact> contacts,
      List<Case> cases,
      boolean open) {
    JourneyStage stage = h.stageAt(start);
    long[] options = TOUCHPOINTS[stage.ordinal()];
    long tp = options[r.nextInt(options.length)];
    if (open && stage.ordinal() >= JourneyStage.SERVICE.ordinal()) {
      tp = 12;
      stage = JourneyStage.SERVICE;
    }
    Topic topic = TOPICS[(int) tp][r.nextInt(TOPICS[(int) tp].length)];
    Channel channel = TOUCHPOINT_CHANNEL[(int) tp];
    if (open && channel == Channel.IN_PERSON) {
      channel = Channel.PHONE;
    }
    String agent =
        open && customer % 3 != 0
            ? "tanaka"
            : seed.owner() != null ? seed.owner() : agents.get(r.nextInt(agents.size()));
    if (open && customer % 3 == 0 && seed.owner() == null) {
      agent = null;
    }
    int emotion =
        Math.max(-2, Math.min(2, topic.emotion() + (r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0)));
    boolean proactive = !open && topic.emotion() > 0 && r.nextInt(4) == 0;
    if (proactive) {
      contacts.add(
          new Contact(
              customer,
              channel,
              false,
              start,
              tp,
              stage,
              agent,
              topic.subject(),
              topic.answer(),
              topic.outcome(),
              emotion,
              false,
              null,
              null,
              -1,
              -1,
              -1));
      return start;
    }
    Instant due = dueAt.apply(channel, start).orElse(null);
    boolean caseThread =
        !open && PAINFUL.contains(tp) && cases.size() < CASES && r.nextInt(3) == 0
            || open && emotion < 0 && cases.size() < CASES + 5;
    int caseIndex = caseThread ? cases.size() : -1;
    int first = contacts.size();
    contacts.add(
        new Contact(
            customer,
            channel,
            true,
            start,
            tp,
            stage,
            agent,
            topic.subject(),
            topic.summary(),
            null,
            emotion,
            due != null,
            due,
            null,
            -1,
            -1,
            caseIndex));
    if (open) {
      if (caseThread) {
        cases.add(
            new Case(
                customer,
                emotion,
                topic.subject(),
                agent,
                r.nextBoolean() ? "OPEN" : "IN_PROGRESS",
                null,
                null,
                0,
                null,
                start,
                agent == null ? "sample" : agent,
                null,
                null,
                tp));
      }
      return start;
    }
    Instant answer = answerTime(r, start, due, end);
    int answerIndex = contacts.size();
    contacts.set(
        first,
        contacts.get(first).answered(due == null ? null : answer, due == null ? -1 : answerIndex));
    String answerer = agent != null ? agent : agents.get(0);
    contacts.add(
        new Contact(
            customer,
            outboundChannel(channel),
            false,
            answer,
            tp,
            stage,
            answerer,
            "Re: " + topic.subject(),
            topic.answer(),
            topic.outcome(),
            Math.max(emotion, 0),
            false,
            null,
            null,
            -1,
            first,
            caseIndex));
    if (!caseThread) {
      return answer;
    }
    boolean fcr = r.nextInt(3) == 0;
    Instant resolved = answer;
    int reopen = 0;
    if (!fcr) {
      // The customer comes back once before the case is closed (a reopened case, now and then).
      Instant again = answer.plus(Duration.ofHours(20 + r.nextInt(48)));
      if (again.isBefore(end)) {
        Instant due2 = dueAt.apply(channel, again).orElse(null);
        Instant answer2 = answerTime(r, again, due2, end);
        int in2 = contacts.size();
        contacts.add(
            new Contact(
                customer,
                channel,
                true,
                again,
                tp,
                stage,
                agent,
                "再度のご連絡: " + topic.subject(),
                "前回の対応後も解決していないとのご連絡。",
                null,
                Math.min(emotion, -1),
                due2 != null,
                due2,
                due2 == null ? null : answer2,
                due2 == null ? -1 : in2 + 1,
                -1,
                caseIndex));
        contacts.add(
            new Contact(
                customer,
                outboundChannel(channel),
                false,
                answer2,
                tp,
                stage,
                answerer,
                "Re: 再度のご連絡: " + topic.subject(),
                "改めて原因を確認し、対応を完了しました。",
                "解決",
                0,
                false,
                null,
                null,
                -1,
                in2,
                caseIndex));
        resolved = answer2;
        reopen = r.nextInt(4) == 0 ? 1 : 0;
      } else {
        fcr = true;
      }
    }
    String[] res = RESOLUTIONS[(int) ((tp * 7 + cases.size()) % RESOLUTIONS.length)];
    cases.add(
        new Case(
            customer,
            emotion,
            topic.subject(),
            answerer,
            "RESOLVED",
            Long.parseLong(res[0]),
            res[1],
            reopen,
            fcr && reopen == 0,
            start,
            answerer,
            resolved,
            answerer,
            tp));
    return resolved;
  }

  /** Mostly well within the deadline; one in twelve after it (a breach). */
  private static Instant answerTime(Random r, Instant start, Instant due, Instant end) {
    Instant answer;
    if (due != null && r.nextInt(12) == 0) {
      answer = due.plus(Duration.ofMinutes(60 + r.nextInt(60 * 20)));
    } else {
      long window = due == null ? 60 * 4 : Math.max(15, Duration.between(start, due).toMinutes());
      answer = start.plus(Duration.ofMinutes(10 + r.nextLong(Math.max(1, window * 2 / 3))));
    }
    return answer.isBefore(end) ? answer : start.plus(Duration.ofMinutes(10));
  }

  private static Channel outboundChannel(Channel inbound) {
    return inbound == Channel.IN_PERSON || inbound == Channel.WEB || inbound == Channel.SOCIAL
        ? Channel.EMAIL
        : inbound;
  }

  private static List<PainPoint> painPoints(List<Contact> contacts, List<Case> cases) {
    String[][] texts = {
      {"9", "請求書の金額が分かりにくい", "見積もりと請求額の差についての問い合わせが多く、不満の声が出ている。", "4"},
      {"11", "配送・訪問の遅れ", "予定日を過ぎても届かない、訪問が遅れるとの連絡が続いている。", "3"},
      {"12", "サポート窓口がつながりにくい", "電話がつながらない、回答が遅いとの苦情がある。", "5"}
    };
    List<PainPoint> out = new ArrayList<>();
    for (String[] t : texts) {
      long tp = Long.parseLong(t[0]);
      Set<Integer> unhappy = new LinkedHashSet<>();
      contacts.stream()
          .filter(c -> c.touchpointId() == tp && c.inbound() && c.emotion() < 0)
          .forEach(c -> unhappy.add(c.customer()));
      List<Integer> theirCases = new ArrayList<>();
      for (int k = 0; k < cases.size(); k++) {
        if (cases.get(k).touchpointId() == tp) {
          theirCases.add(k);
        }
      }
      out.add(
          new PainPoint(tp, t[1], t[2], Integer.parseInt(t[3]), List.copyOf(unhappy), theirCases));
    }
    return out;
  }

  /** The time, or the last office hour before it when it falls at night (people call by day). */
  private static Instant inOfficeHours(Instant t, ZoneId zone) {
    var local = t.atZone(zone);
    if (local.getHour() >= 18) {
      return local.withHour(17).toInstant();
    }
    if (local.getHour() < 9) {
      return local.minusDays(1).withHour(17).toInstant();
    }
    return t;
  }

  private static Instant workingTime(Random r, LocalDate day, ZoneId zone) {
    while (day.getDayOfWeek().getValue() >= 6) {
      day = day.minusDays(1);
    }
    return day.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(zone).toInstant();
  }
}
