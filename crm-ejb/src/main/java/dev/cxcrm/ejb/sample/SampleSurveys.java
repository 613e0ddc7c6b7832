package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import java.util.List;

/**
 * The sample business's surveys, active and ready to send or to use as an interview script: one
 * after service (NPS, effort, what could be better) and the annual relationship review (NPS,
 * satisfaction, what the customer values). No trigger is set: a demonstration server usually has no
 * mail server, and managers choose which survey an event sends.
 */
final class SampleSurveys {
  private static final Question RECOMMEND =
      new Question(
          "recommend",
          QuestionKind.NPS,
          null,
          "当社を友人や同僚にすすめる可能性はどのくらいありますか？",
          "How likely are you to recommend us to a friend or colleague?",
          true,
          null);

  private SampleSurveys() {}

  static List<SurveyDraft> drafts() {
    SurveyDraft afterService =
        new SurveyDraft(
            "サポート後アンケート",
            "サポートについてのアンケート",
            "About the help you received",
            "先日のお問い合わせについて、1 分ほどでお答えいただけるアンケートです。",
            "A one-minute survey about your recent enquiry.",
            90,
            List.of(
                RECOMMEND,
                new Question(
                    "effort",
                    QuestionKind.CES,
                    5,
                    "問題の解決はどのくらい簡単でしたか？（1 = とても簡単）",
                    "How easy was it to get your problem solved? (1 = very easy)",
                    false,
                    null),
                new Question(
                    "better",
                    QuestionKind.TEXT,
                    null,
                    "もっと良くできたことがあれば教えてください。",
                    "What could we have done better?",
                    false,
                    null)));
    SurveyDraft annual =
        new SurveyDraft(
            "年次リレーションシップ調査",
            "1 年間のお取引についてのアンケート",
            "Your year with us",
            "いつもご利用いただきありがとうございます。この 1 年を振り返ってお聞かせください。",
            "Thank you for being with us. Please tell us about the past year.",
            300,
            List.of(
                RECOMMEND,
                new Question(
                    "satisfied",
                    QuestionKind.CSAT,
                    5,
                    "この 1 年のサービス全体にどのくらい満足していますか？",
                    "How satisfied are you with our service this year?",
                    true,
                    null),
                new Question(
                    "values",
                    QuestionKind.MULTIPLE,
                    null,
                    "特に評価している点を選んでください。",
                    "What do you value most?",
                    false,
                    List.of(
                        new Choice("staff", "担当者の対応", "Our staff"),
                        new Choice("speed", "対応の速さ", "Speed"),
                        new Choice("quality", "品質", "Quality"),
                        new Choice("price", "価格", "Price"))),
                new Question(
                    "wish",
                    QuestionKind.TEXT,
                    null,
                    "来年に向けてのご要望をお聞かせください。",
                    "What would you like from us next year?",
                    false,
                    null)));
    return List.of(SurveyRules.normalized(afterService), SurveyRules.normalized(annual));
  }
}
