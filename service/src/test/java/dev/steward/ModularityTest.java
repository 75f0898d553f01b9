package dev.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void writesTheModuleDiagramsWithEveryModuleAndItsDependencies() throws Exception {
    Path folder = Files.createTempDirectory("steward-modules");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    String overview = Files.readString(folder.resolve("components.puml"));
    modules.forEach(
        module -> {
          Path own = folder.resolve("module-" + module.getIdentifier() + ".puml");
          assertThat(own).exists().content().contains('"' + module.getDisplayName() + '"');
        });
    // mail sends through Microsoft Graph: the overview draws that dependency
    assertThat(overview).containsPattern("Rel\\([\\w.]+\\.Mail, [\\w.]+\\.Microsoft,");
  }
}
