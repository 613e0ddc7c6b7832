package dev.cxcrm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A postal address in Japanese order: postal code, prefecture/region, city, the rest. */
@Embeddable
public class Address {
  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "region", length = 100)
  private String region;

  @Column(name = "locality", length = 200)
  private String locality;

  @Column(name = "street", length = 300)
  private String street;

  protected Address() {}

  public Address(String postalCode, String region, String locality, String street) {
    this.postalCode = Text.clean(postalCode);
    this.region = Text.clean(region);
    this.locality = Text.clean(locality);
    this.street = Text.clean(street);
  }

  public static Address empty() {
    return new Address(null, null, null, null);
  }

  public String postalCode() {
    return postalCode;
  }

  public String region() {
    return region;
  }

  public String locality() {
    return locality;
  }

  public String street() {
    return street;
  }

  public boolean isEmpty() {
    return postalCode == null && region == null && locality == null && street == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && Objects.equals(postalCode, a.postalCode)
        && Objects.equals(region, a.region)
        && Objects.equals(locality, a.locality)
        && Objects.equals(street, a.street);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postalCode, region, locality, street);
  }

  @Override
  public String toString() {
    return String.join(
            " ",
            Objects.toString(postalCode, ""),
            Objects.toString(region, ""),
            Objects.toString(locality, ""),
            Objects.toString(street, ""))
        .strip();
  }
}
