package dev.steward.spreadsheets;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** What other features may ask of imports. Every call works within the current tenant. */
@Service
public class Imports {

  private final ImportViews views;

  Imports(ImportViews views) {
    this.views = views;
  }

  /** The import job with its counts and preview; a 404 problem when the firm has no such job. */
  public ImportView get(UUID id) {
    return views.get(id);
  }
}
