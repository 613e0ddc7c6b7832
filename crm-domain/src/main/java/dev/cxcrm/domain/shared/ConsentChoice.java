package dev.cxcrm.domain.shared;

/** What the customer allows: e-mail, surveys, phone calls, SMS. Nothing is allowed unless given. */
public record ConsentChoice(boolean email, boolean survey, boolean phone, boolean sms) {
  public static final ConsentChoice NONE = new ConsentChoice(false, false, false, false);

  /**
   * May we contact the customer on this channel at all? Social, web and in-person need no consent
   * here.
   */
  public boolean allows(Channel channel) {
    return switch (channel) {
      case EMAIL -> email;
      case PHONE -> phone;
      case SMS -> sms;
      default -> true;
    };
  }
}
