package dev.steward.platform.web;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Steward is reached from outside ({@code STEWARD_PUBLIC_URL}, {@code
 * STEWARD_TRUSTED_PROXIES}).
 *
 * @param publicUrl where Office and browsers reach Steward: scheme, host and port, no path (a
 *     trailing slash is dropped). Its default, this machine's port over HTTPS, is written in
 *     application.yml, since it follows {@code STEWARD_PORT}.
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code
 *     X-Forwarded-For} is believed
 */
@Validated
@ConfigurationProperties("steward")
public record WebSettings(@NotNull String publicUrl, @DefaultValue List<String> trustedProxies) {

  public WebSettings {
    publicUrl = checkedPublicUrl(publicUrl);
    trustedProxies =
        trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
  }

  /** The public URL's host name. */
  public String publicHost() {
    return URI.create(publicUrl).getHost();
  }

  private static String checkedPublicUrl(String value) {
    if (value == null) {
      return null;
    }
    String url = value.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("STEWARD_PUBLIC_URL '" + value + "' is not a URL", e);
    }
    boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
    boolean bare =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!web || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException(
          "STEWARD_PUBLIC_URL '"
              + value
              + "' must be the address Office reaches Steward at, such as https://crm.example.com,"
              + " without a path");
    }
    return url;
  }
}
