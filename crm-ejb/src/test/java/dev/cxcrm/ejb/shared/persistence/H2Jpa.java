package dev.cxcrm.ejb.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A migrated H2 database for use cases without a server: the persistence unit {@code crm} as a
 * plain (resource-local) JPA unit and a data source that hand out one shared connection, so that
 * JPA and JDBC see each other's writes in one transaction as they do in the server.
 */
public final class H2Jpa implements AutoCloseable {
  private final Connection connection;
  private final DataSource dataSource;
  private final EntityManagerFactory factory;
  private final EntityManager em;

  private H2Jpa(String name) throws SQLException {
    connection = H2Schema.migrated(name);
    dataSource = sharing(connection);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", null);
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    factory = Persistence.createEntityManagerFactory("crm", properties);
    em = factory.createEntityManager();
  }

  /** A fresh database of its own for one test class. */
  public static H2Jpa open(String name) {
    try {
      return new H2Jpa(name + "_" + Instant.now().toEpochMilli());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public EntityManager em() {
    return em;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs one use case in a transaction, as the container does: committed when it returns, rolled
   * back when it throws.
   */
  public <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.clear();
    }
  }

  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** A statement of test data, committed at once. */
  public void execute(String sql) {
    inTransaction(
        () -> {
          try (var s = connection.createStatement()) {
            s.execute(sql);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** A user account of {@code role} (that cannot sign in): owners and agents must be users. */
  public void user(String name, String role) {
    execute(
        "insert into app_user (username, version, display_name, password_hash, role, enabled,"
            + " locale, created_at, password_changed_at) values ('"
            + name
            + "', 1, '"
            + name
            + "', '-', '"
            + role
            + "', true, 'ja', now(), now())");
  }

  @Override
  public void close() throws SQLException {
    em.close();
    factory.close();
    connection.close();
  }

  /** A data source whose connections are the one connection, closed only with the database. */
  private static DataSource sharing(Connection connection) {
    Connection shared =
        (Connection)
            Proxy.newProxyInstance(
                H2Jpa.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : call(method, connection, args));
    return (DataSource)
        Proxy.newProxyInstance(
            H2Jpa.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> method.getName().equals("getConnection") ? shared : null);
  }

  private static Object call(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
