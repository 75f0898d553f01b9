package dev.steward.addins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * Fills the add-in manifest templates of {@code addin-manifest/} (packaged under the same name on
 * the classpath). Placeholders are {@code ${publicUrl}}, {@code ${version}} and {@code
 * ${entraClientId}}; the part between {@code <!-- if entra -->} and {@code <!-- end if entra -->}
 * is kept only when an Entra client id is given, and the leading "Template notes" comment is left
 * out.
 */
final class ManifestTemplates {

  private static final Pattern TEMPLATE_NOTES =
      Pattern.compile("<!-- Template notes.*?-->\\R", Pattern.DOTALL);
  private static final Pattern ENTRA_BLOCK =
      Pattern.compile(
          "[ \\t]*<!-- if entra -->\\R(.*?)[ \\t]*<!-- end if entra -->\\R", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{(publicUrl|version|entraClientId)}");
  private static final Pattern VERSION_NUMBERS =
      Pattern.compile("^(\\d{1,5})(?:\\.(\\d{1,5}))?(?:\\.(\\d{1,5}))?");

  private final Map<AddinHost, String> templates = new EnumMap<>(AddinHost.class);

  ManifestTemplates() {
    for (AddinHost host : AddinHost.values()) {
      templates.put(host, read("addin-manifest/" + host.manifestFile()));
    }
  }

  /**
   * The manifest of {@code host}.
   *
   * @param publicUrl where Office reaches Steward, without a trailing slash
   * @param version the manifest version, four numbers at most ({@link #manifestVersion})
   * @param entraClientId the Entra application id, or empty to leave {@code WebApplicationInfo} out
   */
  String fill(AddinHost host, String publicUrl, String version, Optional<String> entraClientId) {
    String template = TEMPLATE_NOTES.matcher(templates.get(host)).replaceFirst("");
    Matcher block = ENTRA_BLOCK.matcher(template);
    String chosen =
        block.replaceAll(
            match -> Matcher.quoteReplacement(entraClientId.isPresent() ? match.group(1) : ""));
    Map<String, String> values =
        Map.of(
            "publicUrl", xmlEscape(publicUrl),
            "version", xmlEscape(version),
            "entraClientId", xmlEscape(entraClientId.orElse("")));
    return PLACEHOLDER
        .matcher(chosen)
        .replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
  }

  /**
   * Office accepts only up to four dot-separated numbers as a manifest version, so {@code
   * 0.1.0-SNAPSHOT} becomes {@code 0.1.0.0}; anything without a leading number becomes {@code
   * 1.0.0.0}. A new release gets a new number, which is what makes Office fetch the manifest's
   * buttons and icons again.
   */
  static String manifestVersion(String buildVersion) {
    Matcher numbers = VERSION_NUMBERS.matcher(buildVersion == null ? "" : buildVersion.strip());
    if (!numbers.find()) {
      return "1.0.0.0";
    }
    StringBuilder version = new StringBuilder(numbers.group(1));
    for (int group = 2; group <= 3; group++) {
      version
          .append('.')
          .append(numbers.group(group) == null ? "0" : Integer.parseInt(numbers.group(group)));
    }
    return version.append(".0").toString();
  }

  private static String xmlEscape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  private static String read(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The add-in manifest template " + path + " is missing from the classpath", e);
    }
  }
}
