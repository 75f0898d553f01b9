package dev.steward.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a second start on the same data folder into a short, plain message instead of a stack
 * trace.
 */
public class DataFolderInUseFailureAnalyzer
    extends AbstractFailureAnalyzer<DataFolderInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Stop the other Steward, or set STEWARD_DATA_DIR to a different folder. Its data has not been touched.",
        cause);
  }
}
