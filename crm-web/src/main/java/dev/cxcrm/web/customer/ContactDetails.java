package dev.cxcrm.web.customer;

import java.io.Serializable;

/**
 * What a customer being edited and each contact person of a company share: a name, an email and a
 * phone. Both editors extend it, so the form and its contact lines bind the same properties. Public
 * because Faces reads the accessors by reflection; the fields are for the form's conversions.
 */
public abstract class ContactDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  String name;
  String email;
  String phone;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
