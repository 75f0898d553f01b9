package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The bounds on imports as the environment sets them, under the names the README gives. */
class ImportSettingsTest {

  @Test
  void theBoundsDefaultToExcelsCellAndToTwiceAMillionRowOutlookExport() {
    var settings = bind(Map.of());

    assertThat(settings.maxCellChars()).isEqualTo(32_767);
    assertThat(settings.maxRowChars()).isEqualTo(100_000);
    assertThat(settings.maxTotalChars()).isEqualTo(200_000_000L);
    assertThat(settings.maxPartSize()).isEqualTo(DataSize.ofGigabytes(2));
    assertThat(settings.maxUploadTime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.readLimits().maxRows())
        .as("the header row besides Excel's rows")
        .isEqualTo(1_048_577);
  }

  @Test
  void eachBoundIsSetByItsEnvironmentVariable() {
    var settings =
        bind(
            Map.of(
                "STEWARD_IMPORT_MAX_CELL_CHARS", "1000",
                "STEWARD_IMPORT_MAX_ROW_CHARS", "5000",
                "STEWARD_IMPORT_MAX_TOTAL_CHARS", "90000000",
                "STEWARD_IMPORT_MAX_PART_SIZE", "512MB",
                "STEWARD_IMPORT_MAX_UPLOAD_TIME", "90s"));

    var limits = settings.readLimits();
    assertThat(limits.maxCellChars()).isEqualTo(1_000);
    assertThat(limits.maxRowChars()).isEqualTo(5_000);
    assertThat(limits.maxTotalChars()).isEqualTo(90_000_000L);
    assertThat(limits.maxPartBytes()).isEqualTo(512L << 20);
    assertThat(limits.maxTime()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void boundsThatContradictEachOtherStopTheServiceFromStarting() {
    assertThatThrownBy(() -> bind(Map.of("STEWARD_IMPORT_MAX_CELL_CHARS", "150000")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("max-row-chars (100000) at least max-cell-chars");
    assertThatThrownBy(() -> bind(Map.of("STEWARD_IMPORT_MAX_UPLOAD_TIME", "0s")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("max-upload-time must be positive");
  }

  private static ImportSettings bind(Map<String, Object> variables) {
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    return new Binder(ConfigurationPropertySources.get(environment))
        .bindOrCreate("steward.import", ImportSettings.class);
  }
}
