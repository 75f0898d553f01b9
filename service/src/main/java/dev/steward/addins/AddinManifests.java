package dev.steward.addins;

import dev.steward.platform.web.WebSettings;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The add-in manifests as this installation serves them. They are filled once at start-up: the
 * public URL, the version and the Entra client id do not change while the service runs.
 */
@Component
class AddinManifests {

  private final String publicUrl;
  private final String version;
  private final Optional<String> entraClientId;
  private final ManifestTemplates templates = new ManifestTemplates();

  // The Entra client id is read as a plain setting rather than through identity's Entra settings,
  // which are internal
  // to that module; a blank id means Entra is off there too.
  AddinManifests(
      WebSettings web,
      @Value("${steward.entra.client-id:}") String entraClientId,
      ObjectProvider<BuildProperties> build) {
    this.publicUrl = web.publicUrl();
    this.version =
        ManifestTemplates.manifestVersion(
            Optional.ofNullable(build.getIfAvailable())
                .map(BuildProperties::getVersion)
                .orElse(null));
    this.entraClientId =
        Optional.ofNullable(entraClientId).map(String::strip).filter(id -> !id.isEmpty());
  }

  String manifest(AddinHost host) {
    return templates.fill(host, publicUrl, version, entraClientId);
  }

  String publicUrl() {
    return publicUrl;
  }

  String version() {
    return version;
  }
}
