package dev.cxcrm.web;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Parameter;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The module and package boundaries, checked on the compiled classes of all three modules: the
 * domain knows nothing of services or the web, services know nothing of the web, the web reaches
 * the database only through services (no JDBC, repository, query class, store or JPA type in the
 * web), and domain features meet only in {@code shared} and {@code security}.
 */
@AnalyzeClasses(packages = "dev.cxcrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnNeitherServicesNorWeb =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.cxcrm.ejb..", "dev.cxcrm.web..");

  @ArchTest
  static final ArchRule servicesDoNotDependOnWeb =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.ejb..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.cxcrm.web..");

  @ArchTest
  static final ArchRule webReachesTheDatabaseOnlyThroughServices =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.web..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
          .because("pages and resources call EJB services, which own transactions and persistence");

  @ArchTest
  static final ArchRule domainFeaturesMeetOnlyInSharedAndSecurity =
      slices()
          .matching("dev.cxcrm.domain.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              alwaysTrue(),
              resideInAnyPackage("dev.cxcrm.domain.shared..", "dev.cxcrm.domain.security.."));

  @ArchTest
  static final ArchRule webUsesNoJdbc =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..")
          .because("SQL runs behind the feature's service, in its repository or query class");

  @ArchTest
  static final ArchRule webUsesNoRepositoriesQueriesStoresOrJpa =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.web..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.cxcrm..")
                  .and(
                      simpleNameEndingWith("Repository")
                          .or(simpleNameEndingWith("Queries"))
                          .or(simpleNameEndingWith("Store")))
                  .and(not(resideInAPackage("dev.cxcrm.web.."))))
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..")
          .because("pages and resources read and change data only through the feature's service");

  // The ejb side of issue 9: one persistence home per feature (docs/decisions/0009).

  @ArchTest
  static final ArchRule persistenceTypesOnlyInRepositoriesAndQueries =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.ejb..")
          .and()
          .resideOutsideOfPackages("dev.cxcrm.ejb.shared.persistence..", "dev.cxcrm.ejb.sample..")
          .and(not(ownedByClassNamed("Repository")))
          .and(not(ownedByClassNamed("Queries")))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class, DataSource.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..")
          .because(
              "a feature's persistence lives in its XRepository and XQueries classes; services"
                  + " call them (the sample business writes its bulk rows itself, see 0009)");

  @ArchTest
  static final ArchRule ejbFeaturesUseNoOtherFeaturesRepository =
      classes()
          .that()
          .resideInAPackage("dev.cxcrm.ejb..")
          .and()
          .resideOutsideOfPackage("dev.cxcrm.ejb.sample..")
          .should(useOnlyTheirOwnOrSharedRepositories())
          .because(
              "a feature reads another's data through its service or XQueries, never its"
                  + " repository or tables");

  @ArchTest
  static final ArchRule nothingDependsOnTheSampleBusiness =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.cxcrm.ejb.sample..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.cxcrm.ejb.sample..");

  @ArchTest
  static final ArchRule domainIsFreeOfContainerTypes =
      noClasses()
          .that()
          .resideInAPackage("dev.cxcrm.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.annotation..",
              "jakarta.transaction..",
              "jakarta.ws..",
              "jakarta.faces..",
              "jakarta.servlet..")
          .because(
              "the domain is plain Java tested without a server; only the JPA mapping annotations"
                  + " are allowed, and the application exceptions are declared in ejb-jar.xml");

  // Issue "one way to do each thing": ids and user names cross service boundaries as values.

  @ArchTest
  static final ArchRule servicesTakeIdsAndUserNamesAsValues =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.cxcrm.ejb..")
          .and()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Stateless.class)
          .should(takeIdsAndUserNamesAsValues())
          .because(
              "a bare long or String does not say which record it names; CustomerId, CaseId,"
                  + " InteractionId and UserName do, and check themselves (the web wraps at its"
                  + " edge)");

  /**
   * No parameter named {@code customerId}, {@code caseId}, {@code interactionId} or {@code
   * username} (nor {@code id} in the customer, case and interaction services) is a bare {@code
   * long}, {@code Long} or {@code String}. Ids without a value type yet (pain points, touchpoints,
   * root causes, API keys) and what someone typed at sign-in ({@code Accounts.verify}, {@code
   * LoginThrottles}, which count unknown names too) are left alone.
   */
  private static ArchCondition<JavaMethod> takeIdsAndUserNamesAsValues() {
    Set<String> named = Set.of("customerId", "caseId", "interactionId", "username");
    Set<String> idServices = Set.of("CustomerService", "CaseService", "InteractionService");
    Set<Class<?>> bare = Set.of(long.class, Long.class, String.class);
    return new ArchCondition<>("take ids and user names as value types") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        String owner = m.getOwner().getSimpleName();
        if (owner.equals("LoginThrottles")
            || (owner.equals("Accounts") && m.getName().equals("verify"))) {
          return;
        }
        for (Parameter p : m.reflect().getParameters()) {
          boolean meansValue =
              named.contains(p.getName())
                  || (p.getName().equals("id") && idServices.contains(owner));
          if (meansValue && bare.contains(p.getType())) {
            events.add(
                SimpleConditionEvent.violated(
                    m,
                    m.getFullName()
                        + " takes "
                        + p.getName()
                        + " as a bare "
                        + p.getType().getSimpleName()));
          }
        }
      }
    };
  }

  /** A class, or a class nested in one, whose simple name ends with {@code suffix}. */
  private static DescribedPredicate<JavaClass> ownedByClassNamed(String suffix) {
    return DescribedPredicate.describe(
        "named *" + suffix,
        c -> {
          for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.getSimpleName().endsWith(suffix)) {
              return true;
            }
          }
          return false;
        });
  }

  private static ArchCondition<JavaClass> useOnlyTheirOwnOrSharedRepositories() {
    return new ArchCondition<>("use only their own feature's or shared repositories") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          String feature = ejbFeature(target.getPackageName());
          if (target.getSimpleName().endsWith("Repository")
              && feature != null
              && !feature.equals("shared")
              && !feature.equals(ejbFeature(c.getPackageName()))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** The feature of an ejb package ({@code dev.cxcrm.ejb.customer...} → customer). */
  private static String ejbFeature(String packageName) {
    String prefix = "dev.cxcrm.ejb.";
    if (!packageName.startsWith(prefix)) {
      return null;
    }
    String rest = packageName.substring(prefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
