package dev.cxcrm.ejb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The addresses a customer is given: the survey behind a link's secret ({@code /s/<token>}) and the
 * page that withdraws the survey consent ({@code /s/<token>/opt-out}), under the configured public
 * address ({@code crm.public-url}).
 */
@ApplicationScoped
public class SurveyLinks {
  public static final String PREFIX = "/s/";
  public static final String OPT_OUT = "/opt-out";

  @Inject MailSettings settings;

  public String answer(String token) {
    return settings.publicUrl() + PREFIX + token;
  }

  public String optOut(String token) {
    return answer(token) + OPT_OUT;
  }
}
