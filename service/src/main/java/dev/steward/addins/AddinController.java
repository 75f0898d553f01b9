package dev.steward.addins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manifests Office installs the add-ins from. They are public: Office, and an admin center
 * fetching a manifest by URL, carry no Steward token. They hold nothing secret (the Entra client id
 * is public by design).
 */
@RestController
@Tag(name = "Add-ins")
class AddinController {

  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

  private final AddinManifests manifests;

  AddinController(AddinManifests manifests) {
    this.manifests = manifests;
  }

  @GetMapping(path = "/addin/outlook.xml", produces = "application/xml")
  @Operation(
      summary = "Public: the Outlook add-in's manifest, for sideloading or central deployment")
  ResponseEntity<String> outlook() {
    return manifest(AddinHost.OUTLOOK);
  }

  @GetMapping(path = "/addin/excel.xml", produces = "application/xml")
  @Operation(summary = "Public: the Excel add-in's manifest, for sideloading or central deployment")
  ResponseEntity<String> excel() {
    return manifest(AddinHost.EXCEL);
  }

  @GetMapping("/api/addins")
  @Operation(summary = "Admin: where to download the add-in manifests")
  AddinList addins() {
    List<AddinDownload> downloads =
        Arrays.stream(AddinHost.values())
            .map(
                host ->
                    new AddinDownload(
                        host.slug(),
                        host.displayName(),
                        host.manifestFile(),
                        manifests.publicUrl() + "/addin/" + host.manifestFile()))
            .toList();
    return new AddinList(manifests.version(), downloads);
  }

  // Served as a download with a file name, so that the admin page's link saves a file the admin
  // center accepts.
  private ResponseEntity<String> manifest(AddinHost host) {
    return ResponseEntity.ok()
        .contentType(XML)
        .cacheControl(CacheControl.noCache())
        .header("Content-Disposition", "inline; filename=\"steward-" + host.manifestFile() + "\"")
        .body(manifests.manifest(host));
  }

  /** The manifest version and one download per add-in. */
  @NullMarked
  record AddinList(String version, List<AddinDownload> addins) {}

  /** One add-in's manifest: {@code url} is absolute, built from the public URL. */
  @NullMarked
  record AddinDownload(String host, String name, String fileName, String url) {}
}
