package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.VersionedView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer as the API shows it, and the shape a client sends back (read-only fields are ignored
 * on input). Yasson writes it; {@link CustomerJson} reads it, so both sides use these names.
 */
@Schema(
    name = "Customer",
    description =
        "A customer. On input, unknown fields are refused (400); the "
            + "read-only fields id, version, consentChangedAt, createdAt, updatedAt, stage and stageSince are ignored, so a GET answer can be sent back as is. "
            + "Only a COMPANY has contacts.")
public record CustomerView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true) CustomerKind kind,
    @Schema(required = true, maxLength = 200, example = "山田 太郎") String name,
    @Schema(
            description = "Reading in hiragana or katakana; stored as katakana.",
            example = "ヤマダ タロウ")
        String nameKana,
    @Schema(example = "taro@example.jp") String email,
    @Schema(example = "03-1234-5678") String phone,
    Address address,
    @Schema(required = true) RelationshipType relationshipType,
    @Schema(required = true) Lifecycle lifecycle,
    @Schema(
            description =
                "User name of the relationship manager; required for DEDICATED_PERSONAL_ASSISTANCE. "
                    + "An AGENT may only name itself.")
        String owner,
    List<String> segments,
    Consent consent,
    @Schema(readOnly = true, description = "When each consent was last given or withdrawn.")
        ConsentChangedAt consentChangedAt,
    @Schema(
            type = SchemaType.STRING,
            format = "date",
            example = "2024-04-01",
            description =
                "Since when the customer is one. Left out: the day it is created (in the business's"
                    + " time zone) for a new customer; its date so far for an existing one.")
        LocalDate customerSince,
    @Schema(
            type = SchemaType.STRING,
            format = "date",
            description = "Only when lifecycle is CHURNED.")
        LocalDate churnedOn,
    @Schema(description = "Only when lifecycle is CHURNED.") String churnReason,
    List<ExternalId> externalIds,
    List<Contact> contacts,
    Channel preferredChannel,
    @Schema(enumeration = {"ja", "en"}) String preferredLanguage,
    List<ImportantDate> importantDates,
    @Schema(
            pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            example = "10:00",
            description =
                "From when the customer may be contacted, every day, in the business's time zone;"
                    + " with contactUntil, or neither (any time).")
        String contactFrom,
    @Schema(
            pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            example = "18:00",
            description = "Until when the customer may be contacted (excluded); after contactFrom.")
        String contactUntil,
    @Schema(
            readOnly = true,
            description = "Also sent as the ETag; send it back in If-Match to change the customer.")
        int version,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt,
    @Schema(
            readOnly = true,
            description =
                "The journey stage; changed only by PUT /api/customers/{id}/stage, which keeps its history.")
        JourneyStage stage,
    @Schema(
            readOnly = true,
            type = SchemaType.STRING,
            format = "date-time",
            description = "When the customer reached its stage (its creation if never moved).")
        Instant stageSince)
    implements VersionedView {

  @Schema(name = "CustomerAddress")
  public record Address(String postalCode, String region, String locality, String street) {}

  @Schema(name = "CustomerConsent", description = "What the customer allows; absent means false.")
  public record Consent(boolean email, boolean survey, boolean phone, boolean sms) {}

  @Schema(
      name = "CustomerConsentChangedAt",
      description = "Proof of opt-in and opt-out: when each consent changed.")
  public record ConsentChangedAt(
      @Schema(type = SchemaType.STRING, format = "date-time") Instant email,
      @Schema(type = SchemaType.STRING, format = "date-time") Instant survey,
      @Schema(type = SchemaType.STRING, format = "date-time") Instant phone,
      @Schema(type = SchemaType.STRING, format = "date-time") Instant sms) {}

  @Schema(
      name = "CustomerExternalId",
      description = "The customer's id in another system; unique per system.")
  public record ExternalId(
      @Schema(required = true) String system, @Schema(required = true) String id) {}

  @Schema(name = "CustomerContact")
  public record Contact(
      @Schema(required = true) String name, String role, String email, String phone) {}

  @Schema(name = "CustomerImportantDate")
  public record ImportantDate(
      @Schema(required = true) ImportantDateKind kind,
      @Schema(required = true, type = SchemaType.STRING, format = "date") LocalDate date,
      String label) {}

  public static CustomerView of(Customer c) {
    var a = c.address();
    var consent = c.consent().choice();
    DailyHours hours = c.contactHours();
    return new CustomerView(
        c.id(),
        c.kind(),
        c.name(),
        c.nameKana(),
        c.email(),
        c.phone(),
        a.isEmpty() ? null : new Address(a.postalCode(), a.region(), a.locality(), a.street()),
        c.relationshipType(),
        c.lifecycle(),
        c.owner(),
        List.copyOf(c.segments()),
        new Consent(consent.email(), consent.survey(), consent.phone(), consent.sms()),
        new ConsentChangedAt(
            c.consent().emailChangedAt(),
            c.consent().surveyChangedAt(),
            c.consent().phoneChangedAt(),
            c.consent().smsChangedAt()),
        c.customerSince(),
        c.churnedOn(),
        c.churnReason(),
        c.externalIds().stream().map(x -> new ExternalId(x.system(), x.id())).toList(),
        c.contacts().stream()
            .map(x -> new Contact(x.name(), x.role(), x.email(), x.phone()))
            .toList(),
        c.preferredChannel(),
        c.preferredLanguage(),
        c.importantDates().stream()
            .map(d -> new ImportantDate(d.kind(), d.date(), d.label()))
            .toList(),
        hours == null ? null : DailyHours.HH_MM.format(hours.from()),
        hours == null ? null : DailyHours.HH_MM.format(hours.until()),
        c.version(),
        c.created().at(),
        c.updatedAt(),
        c.stage(),
        c.stageSince());
  }
}
