package dev.steward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features reach each other only through their public API, and never in a cycle. */
class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(StewardApplication.class);

  @Test
  void featuresRespectEachOthersBoundaries() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagrams() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
