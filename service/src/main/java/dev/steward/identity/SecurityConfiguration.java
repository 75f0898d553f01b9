package dev.steward.identity;

import dev.steward.identity.entra.EntraSettings;
import dev.steward.platform.ClientAddress;
import dev.steward.platform.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's security filter chain: stateless, with local and Microsoft Entra tokens ({@link
 * TokenAuthentication}), the paths by role ({@link ApiAccessRules}), the security headers, and CSRF
 * for browsers: they carry the token in a cookie and must then echo the XSRF-TOKEN cookie in
 * X-XSRF-TOKEN; API clients and the add-ins send a Bearer header and need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Office hosts that may frame the task pane. */
  static final String FRAME_ANCESTORS =
      "'self' https://*.office.com https://*.office365.com https://*.officeapps.live.com"
          + " https://*.outlook.com https://outlook.live.com https://*.microsoft.com https://*.sharepoint.com";

  /**
   * Spring Security would wrap each of its filters in an observation on every request. Nothing
   * reads those, and on a lookup of a fraction of a millisecond the wrapping cost more than the
   * query (a tenth of the request's CPU). The request itself is still observed ({@code
   * http.server.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("USER")
        .role("USER")
        .implies("VIEWER")
        .build();
  }

  /**
   * The XSRF-TOKEN cookie the browser app echoes; {@link AuthController} replaces it when a sign-in
   * begins or ends.
   */
  @Bean
  CsrfTokenRepository csrfTokenRepository() {
    return CookieCsrfTokenRepository.withHttpOnlyFalse();
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      LocalTokens localTokens,
      EntraSettings entraSettings,
      PrincipalResolver principals,
      IdentitySettings settings,
      ClientAddress clientAddress,
      CsrfTokenRepository csrfTokens,
      RefusedTokenLog refusedTokens,
      RateLimitBuckets rateLimitBuckets,
      ObjectProvider<MeterRegistry> meters)
      throws Exception {
    var signIn = new SignInEntryPoint(refusedTokens);
    var issuers =
        new JwtIssuerAuthenticationManagerResolver(
            TokenAuthentication.issuerManagers(localTokens, entraSettings, principals));
    var tokens =
        new RememberedBearerTokens(
            issuers,
            jwt ->
                localTokens.issuer().equals(jwt.getClaimAsString("iss"))
                    ? principals.local(jwt)
                    : principals.microsoft(jwt),
            Clock.systemUTC());
    http.cors(cors -> cors.configurationSource(sendEventCors()))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    // By default the token is replaced whenever a request authenticates, and with
                    // the access cookie every
                    // request does: a browser's parallel writes then carried tokens already
                    // replaced, and were refused.
                    .sessionAuthenticationStrategy((authentication, request, response) -> {})
                    .requireCsrfProtectionMatcher(cookieAuthenticatedWrite()))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .addFilterAfter(new AccessCookieFilter(), CsrfCookieFilter.class)
        .oauth2ResourceServer(
            resource ->
                resource
                    .bearerTokenResolver(TokenAuthentication.notForSignOut())
                    .authenticationManagerResolver(tokens)
                    .authenticationEntryPoint(signIn))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(signIn)
                    .accessDeniedHandler(
                        (request, response, denied) -> {
                          if (denied
                              instanceof org.springframework.security.web.csrf.CsrfException) {
                            ProblemResponses.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Security token out of date",
                                "This page's security token was missing or out of date. Reload the page and try again.");
                          } else {
                            ProblemResponses.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "Your role does not allow this.");
                          }
                        }))
        .addFilterAfter(new AccessRestrictionFilter(), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(
            new RateLimitFilter(
                settings,
                clientAddress,
                rateLimitBuckets,
                meters.getIfAvailable(SimpleMeterRegistry::new)),
            AccessRestrictionFilter.class)
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.disable())
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
                                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                                    + "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com; "
                                    + "frame-src 'self' https://login.microsoftonline.com; object-src 'none'; base-uri 'self'; "
                                    + "frame-ancestors "
                                    + FRAME_ANCESTORS))
                    .referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .authorizeHttpRequests(ApiAccessRules::apply);
    return http.build();
  }

  /**
   * Cross-origin calls only to the send event's endpoint: classic Outlook on Windows runs the event
   * in a JavaScript-only runtime whose requests are not of the service's origin. No cookies, only
   * POST; the endpoint's signed token is its only credential. Everything else stays same-origin.
   */
  static org.springframework.web.cors.CorsConfigurationSource sendEventCors() {
    var config = new org.springframework.web.cors.CorsConfiguration();
    config.addAllowedOriginPattern("*");
    config.setAllowedMethods(java.util.List.of("POST"));
    config.setAllowedHeaders(java.util.List.of("Content-Type", "Accept"));
    config.setAllowCredentials(false);
    var source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/mail/tracked/*/on-send", config);
    return source;
  }

  /**
   * CSRF guards writes that ride on the browser's cookies; a Bearer header cannot be sent by
   * another site.
   */
  private static RequestMatcher cookieAuthenticatedWrite() {
    return request ->
        !isSafe(request.getMethod())
            && !request.getRequestURI().startsWith(request.getContextPath() + "/api/unsubscribe/")
            && request.getHeader(HttpHeaders.AUTHORIZATION) == null
            && AuthCookies.present(request);
  }

  private static boolean isSafe(String method) {
    return method.equals("GET")
        || method.equals("HEAD")
        || method.equals("OPTIONS")
        || method.equals("TRACE");
  }
}
