package dev.steward.platform.database;

import java.nio.file.Path;

/** Another process already runs Steward on this data folder. */
public class DataFolderInUseException extends IllegalStateException {

  DataFolderInUseException(Path dataDir) {
    super(
        "Another Steward is already running on the data folder "
            + dataDir
            + ". Stop it first, or give this one its own folder with STEWARD_DATA_DIR.");
  }
}
