package org.alliance;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only through their public faces, and never in a cycle; inside a
 * module, its feature packages never depend on each other in a cycle either.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(AllianceApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  /**
   * Modulith checks cycles between modules only. A cycle between two packages of one module (as
   * {@code directory.hsds} and {@code directory.editing} once had) means neither can be understood,
   * tested or moved without the other, so each module's sub-packages form a hierarchy too.
   */
  @Test
  void packagesInsideEachModuleAreFreeOfCycles() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alliance");
    slices()
        .matching("org.alliance.(*).(*)..")
        .namingSlices("$1.$2")
        .as("the packages inside each module")
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  @Test
  void writesModuleDiagrams() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
