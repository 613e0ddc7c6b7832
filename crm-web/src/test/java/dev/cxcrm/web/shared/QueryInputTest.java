package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryInputTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ReportPeriod.Rule LAST_28 = ReportPeriod.Rule.lastDays(28, 366);

  private static List<FieldError> refused(QueryInput in) {
    InvalidInput e = catchThrowableOfType(in::done, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors();
  }

  @Test
  void blank_parameters_are_absent() {
    QueryInput in = new QueryInput();
    assertThat(in.enumValue("channel", " ", Channel.class)).isNull();
    assertThat(in.longValue("customerId", "")).isNull();
    assertThat(in.bool("active", null)).isNull();
    assertThat(in.date("from", "  ")).isNull();
    assertThat(in.limit(null, 50, 200)).isEqualTo(50);
    assertThat(QueryInput.text("  tanaka ")).isEqualTo("tanaka");
    in.done();
  }

  @Test
  void enums_are_read_exactly_or_in_any_case_where_the_api_says_so() {
    QueryInput in = new QueryInput();
    assertThat(in.enumValue("channel", "EMAIL", Channel.class)).isEqualTo(Channel.EMAIL);
    assertThat(in.enumIgnoringCase("by", "week", ResponseCompliance.By.class))
        .isEqualTo(ResponseCompliance.By.WEEK);
    assertThat(in.enumValue("channel", "email", Channel.class)).isNull();
    assertThat(refused(in))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(tuple("channel", "validation.oneOf"));
  }

  @Test
  void every_unreadable_parameter_is_named_at_once() {
    QueryInput in = new QueryInput();
    in.longValue("customerId", "7x");
    in.id("touchpointId", "-1");
    in.bool("active", "yes");
    in.limit("201", 50, 200);
    in.date("from", "2026-13-01");
    in.cursor("cursor", "abc");
    in.integer("year", "99999999999");
    in.word("by", "week", List.of("month", "channel"), "month");
    assertThat(refused(in))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            tuple("customerId", "validation.integer"),
            tuple("touchpointId", "validation.id"),
            tuple("active", "validation.boolean"),
            tuple("limit", "validation.limit"),
            tuple("from", "validation.date"),
            tuple("cursor", "validation.cursor"),
            tuple("year", "validation.integer"),
            tuple("by", "validation.oneOf"));
  }

  @Test
  void a_period_is_checked_by_its_report_rule_together_with_the_other_parameters() {
    QueryInput in = new QueryInput();
    in.word("by", "week", List.of("month"), "month");
    ReportPeriod p = in.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), LAST_28, TODAY);
    assertThat(p).isNull();
    assertThat(refused(in)).extracting(FieldError::field).containsExactly("by", "to");
  }

  @Test
  void a_period_with_an_unreadable_day_is_not_checked_again() {
    QueryInput in = new QueryInput();
    ReportPeriod p = in.period(in.date("from", "yesterday"), null, LAST_28, TODAY);
    assertThat(p).isNull();
    assertThat(refused(in)).extracting(FieldError::field).containsExactly("from");
  }

  @Test
  void absent_days_get_the_report_default() {
    QueryInput in = new QueryInput();
    ReportPeriod p = in.period(in.date("from", null), in.date("to", null), LAST_28, TODAY);
    in.done();
    assertThat(p).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 27), TODAY));
  }
}
