package dev.cxcrm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person at a company customer: who they are there and how to reach them. */
@Embeddable
public class Contact {
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "role", length = 100)
  private String role;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  protected Contact() {}

  public Contact(String name, String role, String email, String phone) {
    this.name = Text.clean(name);
    this.role = Text.clean(role);
    this.email = Text.clean(email);
    this.phone = Text.clean(phone);
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && Objects.equals(name, c.name)
        && Objects.equals(role, c.role)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, email, phone);
  }

  /** As the audit trail shows it: the parts that are known, e.g. {@code 森田 一郎 / 購買部長}. */
  @Override
  public String toString() {
    return java.util.stream.Stream.of(name, role, email, phone)
        .filter(Objects::nonNull)
        .collect(java.util.stream.Collectors.joining(" / "));
  }
}
