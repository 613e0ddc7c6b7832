package dev.cxcrm.ejb.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database takes a query now; the readiness check asks it. */
@Stateless
public class DatabaseProbe {
  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean answers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
