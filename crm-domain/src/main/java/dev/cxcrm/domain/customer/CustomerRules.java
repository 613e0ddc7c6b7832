package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a customer's data must keep. Every broken rule is reported with its field, so a form
 * can show each message next to its input and the API can list all of them at once.
 */
public final class CustomerRules {
  public static final int NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;
  public static final int PHONE_MAX = 40;
  public static final int LABEL_MAX = 50;
  public static final int SEGMENTS_MAX = 30;
  public static final int EXTERNAL_IDS_MAX = 20;
  public static final int CONTACTS_MAX = 50;
  public static final int REASON_MAX = 500;
  public static final Set<String> LANGUAGES = Set.of("ja", "en");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /**
   * Pragmatic address check: one @, a dot in the domain, no spaces; the mail server has the last
   * word.
   */
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9０-９()（）\\-‐－ ]{3,}$");

  private CustomerRules() {}

  /**
   * Throws {@link InvalidInput} listing every broken rule; returns quietly when the draft is sound.
   */
  public static void check(CustomerDraft d, LocalDate today) {
    List<FieldError> e = new ArrayList<>();
    if (d.kind() == null) {
      e.add(required("kind"));
    }
    if (d.name() == null) {
      e.add(required("name"));
    } else {
      tooLong(e, "name", d.name(), NAME_MAX);
    }
    if (d.nameKana() != null) {
      tooLong(e, "nameKana", d.nameKana(), NAME_MAX);
      if (!Text.isKana(d.nameKana())) {
        e.add(FieldError.of("nameKana", "validation.kana", "Use hiragana or katakana only."));
      }
    }
    if (d.email() != null) {
      tooLong(e, "email", d.email(), EMAIL_MAX);
      if (!EMAIL.matcher(d.email()).matches()) {
        e.add(
            FieldError.of(
                "email", "validation.email", "Enter an e-mail address such as name@example.jp."));
      }
    }
    if (d.phone() != null) {
      tooLong(e, "phone", d.phone(), PHONE_MAX);
      if (!PHONE.matcher(d.phone()).matches()) {
        e.add(
            FieldError.of(
                "phone",
                "validation.phone",
                "Use digits, spaces, hyphens, brackets and a leading +."));
      }
    }
    if (d.relationshipType() == null) {
      e.add(required("relationshipType"));
    } else if (d.relationshipType().requiresOwner() && d.owner() == null) {
      e.add(
          FieldError.of(
              "owner",
              "validation.ownerRequired",
              "A dedicated personal assistance customer needs a named relationship manager as owner."));
    }
    checkLifecycle(d, today, e);
    checkLabels(d, e);
    checkExternalIds(d, e);
    checkContacts(d, e);
    if (d.preferredLanguage() != null && !LANGUAGES.contains(d.preferredLanguage())) {
      e.add(FieldError.of("preferredLanguage", "validation.language", "Choose ja or en."));
    }
    checkContactHours(d, e);
    for (int i = 0; i < d.importantDates().size(); i++) {
      ImportantDate date = d.importantDates().get(i);
      if (date == null || date.kind() == null) {
        e.add(required("importantDates[" + i + "].kind"));
      } else if (date.date() == null) {
        e.add(required("importantDates[" + i + "].date"));
      }
    }
    if (!e.isEmpty()) {
      throw new InvalidInput(e);
    }
  }

  /** Contact hours are both times or none, and end after they start on the same day. */
  private static void checkContactHours(CustomerDraft d, List<FieldError> e) {
    if (d.contactFrom() == null && d.contactUntil() != null) {
      e.add(hoursHalf("contactFrom"));
    } else if (d.contactFrom() != null && d.contactUntil() == null) {
      e.add(hoursHalf("contactUntil"));
    } else if (d.contactFrom() != null && !d.contactUntil().isAfter(d.contactFrom())) {
      e.add(
          FieldError.of(
              "contactUntil",
              "validation.hoursOrder",
              "The contact hours must end after they start, on the same day."));
    }
  }

  private static FieldError hoursHalf(String field) {
    return FieldError.of(
        field, "validation.hoursBoth", "Give both ends of the contact hours, or neither.");
  }

  private static void checkLifecycle(CustomerDraft d, LocalDate today, List<FieldError> e) {
    if (d.lifecycle() == null) {
      e.add(required("lifecycle"));
    }
    if (d.customerSince() == null) {
      e.add(required("customerSince"));
    } else if (d.customerSince().isAfter(today)) {
      e.add(
          FieldError.of("customerSince", "validation.future", "The date cannot be in the future."));
    } else if (d.customerSince().isBefore(EARLIEST)) {
      e.add(
          FieldError.of("customerSince", "validation.tooEarly", "The date cannot be before 1900."));
    }
    if (d.lifecycle() == Lifecycle.CHURNED) {
      if (d.churnedOn() == null) {
        e.add(
            FieldError.of(
                "churnedOn",
                "validation.churnDateRequired",
                "A churned customer needs the date it was lost."));
      } else if (d.churnedOn().isAfter(today)) {
        e.add(FieldError.of("churnedOn", "validation.future", "The date cannot be in the future."));
      } else if (d.customerSince() != null && d.churnedOn().isBefore(d.customerSince())) {
        e.add(
            FieldError.of(
                "churnedOn",
                "validation.churnBeforeSince",
                "The churn date cannot be before the customer-since date."));
      }
      if (d.churnReason() != null) {
        tooLong(e, "churnReason", d.churnReason(), REASON_MAX);
      }
    } else if (d.lifecycle() != null && (d.churnedOn() != null || d.churnReason() != null)) {
      String field = d.churnedOn() != null ? "churnedOn" : "churnReason";
      e.add(
          FieldError.of(
              field,
              "validation.churnOnlyWhenChurned",
              "Only a churned customer has a churn date and reason."));
    }
  }

  private static void checkLabels(CustomerDraft d, List<FieldError> e) {
    if (d.segments().size() > SEGMENTS_MAX) {
      e.add(FieldError.of("segments", "validation.tooMany", "At most {0} entries.", SEGMENTS_MAX));
    }
    for (String s : d.segments()) {
      if (s.length() > LABEL_MAX) {
        e.add(
            FieldError.of("segments", "validation.tooLong", "At most {0} characters.", LABEL_MAX));
        break;
      }
    }
  }

  private static void checkExternalIds(CustomerDraft d, List<FieldError> e) {
    if (d.externalIds().size() > EXTERNAL_IDS_MAX) {
      e.add(
          FieldError.of(
              "externalIds", "validation.tooMany", "At most {0} entries.", EXTERNAL_IDS_MAX));
    }
    Set<String> systems = new HashSet<>();
    for (int i = 0; i < d.externalIds().size(); i++) {
      ExternalId x = d.externalIds().get(i);
      String p = "externalIds[" + i + "]";
      if (x == null || x.system() == null) {
        e.add(required(p + ".system"));
        continue;
      }
      if (x.id() == null) {
        e.add(required(p + ".id"));
      }
      tooLong(e, p + ".system", x.system(), 50);
      if (x.id() != null) {
        tooLong(e, p + ".id", x.id(), 200);
      }
      if (!systems.add(x.system())) {
        e.add(
            FieldError.of(
                p + ".system",
                "validation.duplicateSystem",
                "Each system can hold only one id for a customer."));
      }
    }
  }

  private static void checkContacts(CustomerDraft d, List<FieldError> e) {
    if (d.kind() == CustomerKind.PERSON && !d.contacts().isEmpty()) {
      e.add(
          FieldError.of(
              "contacts", "validation.contactsCompanyOnly", "Only a company has contacts."));
      return;
    }
    if (d.contacts().size() > CONTACTS_MAX) {
      e.add(FieldError.of("contacts", "validation.tooMany", "At most {0} entries.", CONTACTS_MAX));
    }
    for (int i = 0; i < d.contacts().size(); i++) {
      Contact c = d.contacts().get(i);
      String p = "contacts[" + i + "]";
      if (c == null || c.name() == null) {
        e.add(required(p + ".name"));
        continue;
      }
      tooLong(e, p + ".name", c.name(), NAME_MAX);
      if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
        e.add(
            FieldError.of(
                p + ".email",
                "validation.email",
                "Enter an e-mail address such as name@example.jp."));
      }
      if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
        e.add(
            FieldError.of(
                p + ".phone",
                "validation.phone",
                "Use digits, spaces, hyphens, brackets and a leading +."));
      }
    }
  }

  private static FieldError required(String field) {
    return FieldError.of(field, "validation.required", "This field is required.");
  }

  private static void tooLong(List<FieldError> e, String field, String value, int max) {
    if (value.length() > max) {
      e.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", max));
    }
  }
}
