package dev.steward.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what: the API's paths by role (viewers read, users write, admins administer), and
 * the few that carry their own credential or none.
 */
final class ApiAccessRules {

  private ApiAccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers("/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/config")
        .permitAll()
        // A contact's unsubscribe link: its signed token is the authorization
        // (dev.steward.mail.unsubscribe).
        .requestMatchers("/api/unsubscribe/**")
        .permitAll()
        // Outlook's send event records a tracked mail with its signed tracking token
        // as the only credential (dev.steward.mail.tracked).
        .requestMatchers(HttpMethod.POST, "/api/mail/tracked/*/on-send")
        .permitAll()
        .requestMatchers(HttpMethod.PUT, "/api/mail/settings")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/mail/settings/status")
        .hasRole("ADMIN")
        .requestMatchers(
            "/api/auth/register",
            "/api/users/**",
            "/api/audit/**",
            "/api/tenant/**",
            "/api/tenants/**",
            "/api/addins",
            "/api/microsoft/connection")
        .hasRole("ADMIN")
        .requestMatchers("/api/reports/schedule/**")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/custom-fields/**")
        .hasRole("VIEWER")
        .requestMatchers("/api/custom-fields/**")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/reports/templates/**")
        .hasRole("VIEWER")
        .requestMatchers("/api/reports/templates/**")
        .hasRole("ADMIN")
        // Saving a report into one's own OneDrive is a download by another road:
        // viewers may.
        .requestMatchers(
            HttpMethod.POST, "/api/reports/campaigns/*/onedrive", "/api/reports/portfolio/onedrive")
        .hasRole("VIEWER")
        .requestMatchers("/api/auth/**")
        .authenticated()
        .requestMatchers(HttpMethod.GET, "/api/**")
        .hasRole("VIEWER")
        .requestMatchers("/api/**")
        .hasRole("USER")
        .anyRequest()
        .permitAll();
  }
}
