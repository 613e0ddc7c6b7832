package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.customer.Address;
import dev.cxcrm.domain.customer.Contact;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A believable small Japanese business's customers, for trying the product: people and companies,
 * every relationship type, all lifecycles, consents, dates and external ids. Seeded, so every
 * installation gets the same sample.
 */
final class SampleCustomers {
  private static final String[][] SURNAMES = {
    {"佐藤", "サトウ", "sato"}, {"鈴木", "スズキ", "suzuki"}, {"高橋", "タカハシ", "takahashi"},
    {"田中", "タナカ", "tanaka"}, {"伊藤", "イトウ", "ito"}, {"渡辺", "ワタナベ", "watanabe"},
    {"山本", "ヤマモト", "yamamoto"}, {"中村", "ナカムラ", "nakamura"}, {"小林", "コバヤシ", "kobayashi"},
    {"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"}, {"山田", "ヤマダ", "yamada"},
    {"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"},
    {"井上", "イノウエ", "inoue"}, {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"},
    {"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"}, {"鈴森", "スズモリ", "suzumori"},
    {"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
    {"石川", "イシカワ", "ishikawa"}
  };
  private static final String[][] GIVEN = {
    {"花子", "ハナコ", "hanako"},
    {"太郎", "タロウ", "taro"},
    {"翔太", "ショウタ", "shota"},
    {"陽菜", "ヒナ", "hina"},
    {"大輝", "ダイキ", "daiki"},
    {"美咲", "ミサキ", "misaki"},
    {"健一", "ケンイチ", "kenichi"},
    {"由美", "ユミ", "yumi"},
    {"拓也", "タクヤ", "takuya"},
    {"恵", "メグミ", "megumi"},
    {"直樹", "ナオキ", "naoki"},
    {"彩", "アヤ", "aya"},
    {"誠", "マコト", "makoto"},
    {"さくら", "サクラ", "sakura"},
    {"蓮", "レン", "ren"},
    {"結衣", "ユイ", "yui"}
  };
  private static final String[][] COMPANY_STEMS = {
    {"青葉", "アオバ", "aoba"}, {"桜川", "サクラガワ", "sakuragawa"}, {"富士見", "フジミ", "fujimi"},
    {"三つ葉", "ミツバ", "mitsuba"}, {"北斗", "ホクト", "hokuto"}, {"朝日", "アサヒ", "asahi"},
    {"若葉", "ワカバ", "wakaba"}, {"東雲", "シノノメ", "shinonome"}, {"大和", "ヤマト", "yamato"},
    {"光和", "コウワ", "kowa"}
  };
  private static final String[][] COMPANY_KINDS = {
    {"商事", "ショウジ", "飲食"}, {"工務店", "コウムテン", "建設"}, {"食品", "ショクヒン", "飲食"},
    {"設計", "セッケイ", "建設"}, {"物産", "ブッサン", "小売"}, {"不動産", "フドウサン", "不動産"},
    {"歯科", "シカ", "医療"}, {"印刷", "インサツ", "製造"}, {"システム", "システム", "IT"}
  };
  private static final String[][] PLACES = {
    {"東京都", "渋谷区", "関東", "03"},
    {"東京都", "世田谷区", "関東", "03"},
    {"神奈川県", "横浜市中区", "関東", "045"},
    {"大阪府", "大阪市北区", "関西", "06"},
    {"京都府", "京都市中京区", "関西", "075"},
    {"愛知県", "名古屋市中村区", "中部", "052"},
    {"福岡県", "福岡市博多区", "九州", "092"},
    {"北海道", "札幌市中央区", "北海道", "011"}
  };
  private static final String[] PERSON_INDUSTRIES = {"美容", "小売", "医療", "飲食"};
  private static final String[] CHURN_REASONS = {"価格が合わない", "競合他社へ移行", "転居", "対応への不満", "利用頻度の低下"};
  private static final String[] ROLES = {"代表取締役", "総務部長", "購買担当", "店長", "事務長"};

  /** Weighted so that the common types are common and every type appears. */
  private static final RelationshipType[] TYPES = {
    RelationshipType.TRANSACTIONAL,
    RelationshipType.TRANSACTIONAL,
    RelationshipType.SELF_SERVICE,
    RelationshipType.AUTOMATED_SERVICE,
    RelationshipType.LONG_TERM,
    RelationshipType.LONG_TERM,
    RelationshipType.PERSONAL_ASSISTANCE,
    RelationshipType.PERSONAL_ASSISTANCE,
    RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
    RelationshipType.COMMUNITY,
    RelationshipType.CO_CREATION
  };

  private SampleCustomers() {}

  static List<CustomerDraft> generate(int count, List<String> staff, LocalDate today) {
    Random r = new Random(20261123L);
    List<CustomerDraft> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean company = i % 3 == 2;
      out.add(company ? company(r, i, staff, today) : person(r, i, staff, today));
    }
    return out;
  }

  private static CustomerDraft person(Random r, int i, List<String> staff, LocalDate today) {
    String[] s = pick(r, SURNAMES);
    String[] g = pick(r, GIVEN);
    String[] place = pick(r, PLACES);
    Set<String> segments = new LinkedHashSet<>(List.of(place[2], pick(r, PERSON_INDUSTRIES), "個人"));
    List<ImportantDate> dates = new ArrayList<>();
    if (r.nextInt(3) > 0) {
      dates.add(
          new ImportantDate(
              ImportantDateKind.BIRTHDAY,
              LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)),
              null));
    }
    return draft(
        r,
        i,
        CustomerKind.PERSON,
        s[0] + " " + g[0],
        s[1] + " " + g[1],
        g[2] + "." + s[2] + i + "@example.jp",
        place,
        segments,
        List.of(),
        dates,
        staff,
        today);
  }

  private static CustomerDraft company(Random r, int i, List<String> staff, LocalDate today) {
    String[] stem = pick(r, COMPANY_STEMS);
    String[] kind = pick(r, COMPANY_KINDS);
    String[] place = pick(r, PLACES);
    Set<String> segments =
        new LinkedHashSet<>(List.of(place[2], kind[2], r.nextBoolean() ? "小規模" : "中規模"));
    List<Contact> contacts = new ArrayList<>();
    for (int c = 0; c < 1 + r.nextInt(3); c++) {
      String[] s = pick(r, SURNAMES);
      String[] g = pick(r, GIVEN);
      contacts.add(
          new Contact(
              s[0] + " " + g[0],
              pick(r, ROLES),
              s[2] + "@" + stem[2] + i + ".example.jp",
              phone(r, place[3])));
    }
    List<ImportantDate> dates =
        List.of(
            new ImportantDate(
                ImportantDateKind.CONTRACT_ANNIVERSARY,
                LocalDate.of(2018 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                "年間保守契約"));
    return draft(
        r,
        i,
        CustomerKind.COMPANY,
        "株式会社" + stem[0] + kind[0],
        stem[1] + kind[1],
        "info@" + stem[2] + i + ".example.jp",
        place,
        segments,
        contacts,
        dates,
        staff,
        today);
  }

  private static CustomerDraft draft(
      Random r,
      int i,
      CustomerKind kind,
      String name,
      String kana,
      String email,
      String[] place,
      Set<String> segments,
      List<Contact> contacts,
      List<ImportantDate> dates,
      List<String> staff,
      LocalDate today) {
    RelationshipType type = TYPES[i % TYPES.length];
    LocalDate since = today.minusDays(30 + r.nextInt(5 * 365));
    int l = r.nextInt(10);
    Lifecycle lifecycle = l < 2 ? Lifecycle.PROSPECT : l < 9 ? Lifecycle.ACTIVE : Lifecycle.CHURNED;
    LocalDate churnedOn =
        lifecycle == Lifecycle.CHURNED
            ? since.plusDays(
                1 + r.nextInt((int) Math.max(1, today.toEpochDay() - since.toEpochDay() - 1)))
            : null;
    String owner =
        type.requiresOwner() || r.nextInt(3) == 0 ? staff.get(r.nextInt(staff.size())) : null;
    Address address =
        new Address(
            String.format("%03d-%04d", 100 + r.nextInt(900), r.nextInt(10000)),
            place[0],
            place[1],
            (1 + r.nextInt(5)) + "-" + (1 + r.nextInt(20)) + "-" + (1 + r.nextInt(30)));
    ConsentChoice consent =
        new ConsentChoice(
            r.nextInt(10) < 8, r.nextInt(10) < 6, r.nextInt(10) < 5, r.nextInt(10) < 3);
    List<ExternalId> ids =
        r.nextInt(4) > 0 ? List.of(new ExternalId("webshop", "WS-" + (100000 + i))) : List.of();
    return new CustomerDraft(
        kind,
        name,
        kana,
        email,
        phone(r, place[3]),
        address,
        type,
        lifecycle,
        owner,
        segments,
        consent,
        since,
        churnedOn,
        churnedOn == null ? null : CHURN_REASONS[r.nextInt(CHURN_REASONS.length)],
        ids,
        contacts,
        Channel.values()[r.nextInt(4)],
        r.nextInt(10) == 0 ? "en" : "ja",
        dates,
        i % 17 == 3 ? LocalTime.of(19, 0) : i % 5 == 1 ? LocalTime.of(10, 0) : null,
        i % 17 == 3 ? LocalTime.of(21, 0) : i % 5 == 1 ? LocalTime.of(17, 0) : null);
  }

  private static String phone(Random r, String area) {
    if (r.nextInt(3) == 0) {
      return String.format("090-%04d-%04d", r.nextInt(10000), r.nextInt(10000));
    }
    int local = 8 - area.length() + 2;
    String digits =
        String.format("%0" + local + "d", r.nextInt((int) Math.pow(10, Math.min(local, 9))));
    return area + "-" + digits.substring(0, local - 4) + "-" + digits.substring(local - 4);
  }

  private static String[] pick(Random r, String[][] from) {
    return from[r.nextInt(from.length)];
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
