package dev.steward.reports;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.SafeNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template each report is written into: the firm's own when an admin uploaded one, else the
 * built-in one.
 */
@Service
class ReportTemplates {

  /** A template as the API lists it. */
  record View(
      String kind,
      boolean custom,
      String fileName,
      Long size,
      Instant uploadedAt,
      UUID uploadedBy,
      String uploadedByName) {}

  private final TemplateStore store;
  private final TemplateCheck check;
  private final ApplicationEventPublisher events;

  ReportTemplates(TemplateStore store, TemplateCheck check, ApplicationEventPublisher events) {
    this.store = store;
    this.check = check;
    this.events = events;
  }

  /** The bytes of the template in use for {@code kind}. */
  @Transactional(readOnly = true)
  byte[] current(TemplateKind kind) {
    return store.content(kind).orElseGet(() -> builtIn(kind));
  }

  static byte[] builtIn(TemplateKind kind) {
    try (InputStream in =
        ReportTemplates.class.getClassLoader().getResourceAsStream(kind.builtInResource())) {
      if (in == null) {
        throw new IllegalStateException(
            "The built-in template " + kind.builtInResource() + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional(readOnly = true)
  List<View> list() {
    var custom = store.list();
    return java.util.Arrays.stream(TemplateKind.values())
        .map(
            kind ->
                custom.stream()
                    .filter(t -> t.kind() == kind)
                    .findFirst()
                    .map(
                        t ->
                            new View(
                                kind.word(),
                                true,
                                t.fileName(),
                                t.size(),
                                t.uploadedAt(),
                                t.uploadedBy(),
                                t.uploadedByName()))
                    .orElse(new View(kind.word(), false, null, null, null, null, null)))
        .toList();
  }

  /**
   * Checks and stores the firm's own template. @throws TemplateRefusedException naming what is
   * wrong
   */
  @Transactional
  void upload(TemplateKind kind, String fileName, byte[] content) {
    check.check(kind, content);
    String name =
        fileName == null
            ? null
            : SafeNames.fileName(fileName.replaceAll("(?i)\\.xlsx$", ""), "xlsx");
    UUID user = CurrentUser.idOrNull();
    store.save(kind, name, content, user);
    events.publishEvent(new ReportEvents.TemplateUploaded(kind.word(), name, content.length, user));
  }

  /**
   * Goes back to the built-in template. @throws NotFoundException when the firm had none of its own
   */
  @Transactional
  void restore(TemplateKind kind) {
    if (!store.delete(kind)) {
      throw NotFoundException.of("Firm template for", kind.word() + " reports");
    }
    events.publishEvent(new ReportEvents.TemplateRestored(kind.word(), CurrentUser.idOrNull()));
  }
}
