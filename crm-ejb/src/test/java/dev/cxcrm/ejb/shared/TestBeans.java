package dev.cxcrm.ejb.shared;

import dev.cxcrm.domain.security.Role;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;

/**
 * Builds beans by hand for tests without a server: the container's injections made by type, and the
 * caller the container would authenticate.
 */
public final class TestBeans {
  private TestBeans() {}

  /** Sets each field of {@code bean} whose type one of {@code parts} has; returns the bean. */
  public static <T> T wire(T bean, Object... parts) {
    for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        for (Object part : parts) {
          if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())
              && f.getType().isInstance(part)) {
            f.setAccessible(true);
            try {
              f.set(bean, part);
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return bean;
  }

  /** The session context of a call by {@code name} in {@code role}. */
  public static SessionContext caller(String name, Role role) {
    Principal principal = () -> name;
    return (SessionContext)
        Proxy.newProxyInstance(
            TestBeans.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCallerPrincipal" -> principal;
                  case "isCallerInRole" -> role.name().equals(args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The business clock in Tokyo, as configured by default. */
  public static TimeSource tokyo() {
    return new TimeSource("Asia/Tokyo");
  }

  /** CDI events that nobody observes, as in a test without a container. */
  @SuppressWarnings("unchecked")
  public static <T> jakarta.enterprise.event.Event<T> noEvents() {
    return (jakarta.enterprise.event.Event<T>)
        Proxy.newProxyInstance(
            TestBeans.class.getClassLoader(),
            new Class<?>[] {jakarta.enterprise.event.Event.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "fire" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** CDI events delivered at once to one observer, as a synchronous observer in a container. */
  @SuppressWarnings("unchecked")
  public static <T> jakarta.enterprise.event.Event<T> events(java.util.function.Consumer<T> to) {
    return (jakarta.enterprise.event.Event<T>)
        Proxy.newProxyInstance(
            TestBeans.class.getClassLoader(),
            new Class<?>[] {jakarta.enterprise.event.Event.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "fire" -> {
                    to.accept((T) args[0]);
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /**
   * CDI events of {@code type} delivered at once to one observer; events of other types (a bean
   * firing two kinds through fields wired alike) are dropped.
   */
  public static <T> jakarta.enterprise.event.Event<T> events(
      Class<T> type, java.util.function.Consumer<T> to) {
    return events(
        e -> {
          if (type.isInstance(e)) {
            to.accept(type.cast(e));
          }
        });
  }
}
