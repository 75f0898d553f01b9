package dev.steward.platform;

import java.nio.file.Path;
import org.springframework.core.env.PropertyResolver;

/**
 * The folder Steward keeps its files in ({@code STEWARD_DATA_DIR}): the embedded database, the
 * encryption key of an embedded installation, and backups. Read through here by everything that
 * needs it, also before the application context exists (the embedded database starts first).
 */
public final class DataFolder {

  private static final String PROPERTY = "steward.data-dir";

  private DataFolder() {}

  /** The configured folder, else {@code ~/.steward}. */
  public static Path of(PropertyResolver properties) {
    String configured = properties.getProperty(PROPERTY);
    return configured == null || configured.isBlank()
        ? Path.of(System.getProperty("user.home"), ".steward")
        : Path.of(configured);
  }
}
