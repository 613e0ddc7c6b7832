package dev.cxcrm.web;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
