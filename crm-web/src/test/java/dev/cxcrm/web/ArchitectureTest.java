package dev.cxcrm.web;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

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
}
