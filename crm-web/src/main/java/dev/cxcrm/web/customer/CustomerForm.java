package dev.cxcrm.web.customer;

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
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the edit form holds while the user types: a mutable mirror of {@link CustomerDraft} with
 * getters and setters for Faces. The rules stay in the domain; this class only converts.
 */
public class CustomerForm extends ContactDetails {
  private static final long serialVersionUID = 1L;

  private CustomerKind kind = CustomerKind.PERSON;
  private String nameKana;
  private String postalCode;
  private String region;
  private String locality;
  private String street;
  private RelationshipType relationshipType = RelationshipType.PERSONAL_ASSISTANCE;
  private Lifecycle lifecycle = Lifecycle.PROSPECT;
  private String owner;
  private List<String> segments = new ArrayList<>();
  private boolean consentEmail;
  private boolean consentSurvey;
  private boolean consentPhone;
  private boolean consentSms;
  private LocalDate customerSince;
  private LocalDate churnedOn;
  private String churnReason;
  private Channel preferredChannel;
  private String preferredLanguage;
  private LocalTime contactFrom;
  private LocalTime contactUntil;
  private final List<ExternalIdLine> externalIds = new ArrayList<>();
  private final List<ContactLine> contacts = new ArrayList<>();
  private final List<DateLine> importantDates = new ArrayList<>();

  /** A new customer: a person and prospect since today, served by any available representative. */
  static CustomerForm fresh(LocalDate today) {
    CustomerForm f = new CustomerForm();
    f.customerSince = today;
    return f;
  }

  static CustomerForm of(CustomerDraft d) {
    CustomerForm f = new CustomerForm();
    f.kind = d.kind();
    f.name = d.name();
    f.nameKana = d.nameKana();
    f.email = d.email();
    f.phone = d.phone();
    f.postalCode = d.address().postalCode();
    f.region = d.address().region();
    f.locality = d.address().locality();
    f.street = d.address().street();
    f.relationshipType = d.relationshipType();
    f.lifecycle = d.lifecycle();
    f.owner = d.owner();
    f.segments = new ArrayList<>(d.segments());
    f.consentEmail = d.consent().email();
    f.consentSurvey = d.consent().survey();
    f.consentPhone = d.consent().phone();
    f.consentSms = d.consent().sms();
    f.customerSince = d.customerSince();
    f.churnedOn = d.churnedOn();
    f.churnReason = d.churnReason();
    f.preferredChannel = d.preferredChannel();
    f.preferredLanguage = d.preferredLanguage();
    f.contactFrom = d.contactFrom();
    f.contactUntil = d.contactUntil();
    d.externalIds().forEach(x -> f.externalIds.add(new ExternalIdLine(x.system(), x.id())));
    d.contacts()
        .forEach(c -> f.contacts.add(new ContactLine(c.name(), c.role(), c.email(), c.phone())));
    d.importantDates()
        .forEach(x -> f.importantDates.add(new DateLine(x.kind(), x.date(), x.label())));
    return f;
  }

  /**
   * The draft to send. Churn data and contacts only go with the lifecycle and kind that show them,
   * so a value left behind in a hidden input is not sent. Lines left empty in the editors are
   * dropped from the form first, so that an error's index ({@code externalIds[1].id}) is the line
   * on screen.
   */
  CustomerDraft toDraft() {
    externalIds.removeIf(ExternalIdLine::isEmpty);
    contacts.removeIf(ContactLine::isEmpty);
    importantDates.removeIf(DateLine::isEmpty);
    boolean churned = lifecycle == Lifecycle.CHURNED;
    return new CustomerDraft(
        kind,
        name,
        nameKana,
        email,
        phone,
        new Address(postalCode, region, locality, street),
        relationshipType,
        lifecycle,
        owner,
        new LinkedHashSet<>(segments),
        new ConsentChoice(consentEmail, consentSurvey, consentPhone, consentSms),
        customerSince,
        churned ? churnedOn : null,
        churned ? churnReason : null,
        externalIds.stream().map(x -> new ExternalId(x.getSystem(), x.getId())).toList(),
        kind == CustomerKind.COMPANY
            ? contacts.stream()
                .map(c -> new Contact(c.getName(), c.getRole(), c.getEmail(), c.getPhone()))
                .toList()
            : List.of(),
        preferredChannel,
        preferredLanguage,
        importantDates.stream()
            .map(x -> new ImportantDate(x.getKind(), x.getDate(), x.getLabel()))
            .toList(),
        contactFrom,
        contactUntil);
  }

  /** One external id being edited. */
  public static class ExternalIdLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private String system;
    private String id;

    public ExternalIdLine() {}

    ExternalIdLine(String system, String id) {
      this.system = system;
      this.id = id;
    }

    boolean isEmpty() {
      return blank(system) && blank(id);
    }

    public String getSystem() {
      return system;
    }

    public void setSystem(String system) {
      this.system = system;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }
  }

  /** One contact person of a company being edited. */
  public static class ContactLine extends ContactDetails {
    private static final long serialVersionUID = 1L;
    private String role;

    public ContactLine() {}

    ContactLine(String name, String role, String email, String phone) {
      this.name = name;
      this.role = role;
      this.email = email;
      this.phone = phone;
    }

    boolean isEmpty() {
      return blank(name) && blank(role) && blank(email) && blank(phone);
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }
  }

  /** One important date being edited. */
  public static class DateLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private ImportantDateKind kind;
    private LocalDate date;
    private String label;

    public DateLine() {}

    DateLine(ImportantDateKind kind, LocalDate date, String label) {
      this.kind = kind;
      this.date = date;
      this.label = label;
    }

    boolean isEmpty() {
      return kind == null && date == null && blank(label);
    }

    public ImportantDateKind getKind() {
      return kind;
    }

    public void setKind(ImportantDateKind kind) {
      this.kind = kind;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public CustomerKind getKind() {
    return kind;
  }

  public void setKind(CustomerKind kind) {
    this.kind = kind;
  }

  public String getNameKana() {
    return nameKana;
  }

  public void setNameKana(String nameKana) {
    this.nameKana = nameKana;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public RelationshipType getRelationshipType() {
    return relationshipType;
  }

  public void setRelationshipType(RelationshipType relationshipType) {
    this.relationshipType = relationshipType;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public List<String> getSegments() {
    return segments;
  }

  public void setSegments(List<String> segments) {
    this.segments = segments == null ? new ArrayList<>() : new ArrayList<>(segments);
  }

  public boolean isConsentEmail() {
    return consentEmail;
  }

  public void setConsentEmail(boolean consentEmail) {
    this.consentEmail = consentEmail;
  }

  public boolean isConsentSurvey() {
    return consentSurvey;
  }

  public void setConsentSurvey(boolean consentSurvey) {
    this.consentSurvey = consentSurvey;
  }

  public boolean isConsentPhone() {
    return consentPhone;
  }

  public void setConsentPhone(boolean consentPhone) {
    this.consentPhone = consentPhone;
  }

  public boolean isConsentSms() {
    return consentSms;
  }

  public void setConsentSms(boolean consentSms) {
    this.consentSms = consentSms;
  }

  public LocalDate getCustomerSince() {
    return customerSince;
  }

  public void setCustomerSince(LocalDate customerSince) {
    this.customerSince = customerSince;
  }

  public LocalDate getChurnedOn() {
    return churnedOn;
  }

  public void setChurnedOn(LocalDate churnedOn) {
    this.churnedOn = churnedOn;
  }

  public String getChurnReason() {
    return churnReason;
  }

  public void setChurnReason(String churnReason) {
    this.churnReason = churnReason;
  }

  public Channel getPreferredChannel() {
    return preferredChannel;
  }

  public void setPreferredChannel(Channel preferredChannel) {
    this.preferredChannel = preferredChannel;
  }

  public LocalTime getContactFrom() {
    return contactFrom;
  }

  public void setContactFrom(LocalTime contactFrom) {
    this.contactFrom = contactFrom;
  }

  public LocalTime getContactUntil() {
    return contactUntil;
  }

  public void setContactUntil(LocalTime contactUntil) {
    this.contactUntil = contactUntil;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public List<ExternalIdLine> getExternalIds() {
    return externalIds;
  }

  public List<ContactLine> getContacts() {
    return contacts;
  }

  public List<DateLine> getImportantDates() {
    return importantDates;
  }
}
