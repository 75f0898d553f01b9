package dev.steward.identity;

import dev.steward.identity.IdentityEvents.TenantSettingsChanged;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.TenantSettings;
import dev.steward.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Firm settings. Every admin edits their own firm at {@code /api/tenant}; the admins of the
 * installation's first firm (the operator) also manage all firms at {@code /api/tenants}.
 */
@RestController
@Tag(name = "Firms")
class FirmController {

  private final Tenants tenants;
  private final ApplicationEventPublisher events;

  FirmController(Tenants tenants, ApplicationEventPublisher events) {
    this.tenants = tenants;
    this.events = events;
  }

  @GetMapping("/api/tenant")
  ResponseEntity<TenantInfo> own() {
    return withEtag(tenants.find(currentFirm()).orElseThrow());
  }

  @PutMapping("/api/tenant")
  @Operation(
      summary =
          "Change your firm's name, subdomain, Microsoft tenant, whether MFA is required, where "
              + "Microsoft users' roles come from, and its country for phone numbers (phoneRegion)")
  ResponseEntity<TenantInfo> updateOwn(
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody TenantSettings settings) {
    var own =
        new TenantSettings(
            settings.name(),
            settings.subdomain(),
            settings.azureTenantId(),
            settings.mfaRequired(),
            null,
            settings.entraRoles(),
            settings.version(),
            settings.phoneRegion());
    return update(currentFirm(), own, ifMatch);
  }

  @GetMapping("/api/tenants")
  @Operation(summary = "Operator: every firm of this installation")
  List<TenantInfo> all() {
    requireOperator();
    return tenants.all();
  }

  @PostMapping("/api/tenants")
  @Operation(
      summary =
          "Operator: add a firm; its people join by Microsoft sign-in or by an admin's registration")
  ResponseEntity<TenantInfo> create(@Valid @RequestBody TenantSettings settings) {
    requireOperator();
    var created = tenants.create(settings.name().strip(), null);
    var full =
        tenants.update(
            created.id(),
            new TenantSettings(
                settings.name(),
                settings.subdomain(),
                settings.azureTenantId(),
                settings.mfaRequired(),
                settings.active(),
                settings.entraRoles(),
                null,
                settings.phoneRegion()),
            created.version());
    events.publishEvent(new TenantSettingsChanged(created.id(), full));
    var view = tenants.find(created.id()).orElseThrow();
    return ResponseEntity.created(java.net.URI.create("/api/tenants/" + view.id()))
        .eTag(Versions.etag(view.version()))
        .body(view);
  }

  @PutMapping("/api/tenants/{id}")
  @Operation(summary = "Operator: change any firm, including switching it off")
  ResponseEntity<TenantInfo> updateAny(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody TenantSettings settings) {
    requireOperator();
    if (id.equals(currentFirm()) && Boolean.FALSE.equals(settings.active())) {
      throw new dev.steward.platform.ConflictException(
          "The operator's own firm cannot be switched off.");
    }
    tenants.find(id).orElseThrow(() -> NotFoundException.of("Firm", id));
    return update(id, settings, ifMatch);
  }

  private ResponseEntity<TenantInfo> update(UUID id, TenantSettings settings, String ifMatch) {
    var changes = tenants.update(id, settings, Versions.expected(ifMatch, settings.version()));
    if (!changes.isEmpty()) {
      events.publishEvent(new TenantSettingsChanged(id, changes));
    }
    return withEtag(tenants.find(id).orElseThrow());
  }

  private void requireOperator() {
    if (!currentFirm().equals(tenants.defaultTenantId())) {
      throw new AccessDeniedException("Only the installation's operator manages other firms.");
    }
  }

  private static UUID currentFirm() {
    return CurrentUser.get().orElseThrow().tenantId();
  }

  private static ResponseEntity<TenantInfo> withEtag(TenantInfo tenant) {
    return ResponseEntity.ok().eTag(Versions.etag(tenant.version())).body(tenant);
  }
}
