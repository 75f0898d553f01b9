package dev.steward.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the web app (taskpane-web, packed into {@code static/}) at {@code /}. Its hashed assets
 * are cached for a year; {@code index.html} is revalidated on every load, so a new release reaches
 * browsers at once. The build writes a {@code .br} and a {@code .gz} beside each asset; the one the
 * browser accepts is sent, with {@code Content-Encoding} and {@code Vary: Accept-Encoding}, so
 * nothing is compressed per request. A GET for a path of the app's own (no file extension, outside
 * the API, actuator and API docs) answers {@code index.html}, so that a reload or a shared link
 * opens the right page (history fallback).
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration implements WebMvcConfigurer {

  static final String STATIC = "classpath:/static/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(STATIC + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new BrotliFirstResolver())
        .addResolver(new EncodedResourceResolver())
        .addResolver(new PathResourceResolver());
    registry
        .addResourceHandler("/**")
        .addResourceLocations(STATIC)
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new BrotliFirstResolver())
        .addResolver(new EncodedResourceResolver())
        .addResolver(new AppRouteResolver());
  }

  /**
   * Spring's {@link EncodedResourceResolver} takes the codings in the order the browser lists them,
   * and browsers list {@code gzip, deflate, br}: this puts {@code br} (a fifth smaller for our
   * scripts) first when it is accepted at all.
   */
  static final class BrotliFirstResolver extends AbstractResourceResolver {

    @Override
    protected Resource resolveResourceInternal(
        @Nullable HttpServletRequest request,
        String requestPath,
        List<? extends Resource> locations,
        ResourceResolverChain chain) {
      return chain.resolveResource(brotliFirst(request), requestPath, locations);
    }

    @Override
    protected String resolveUrlPathInternal(
        String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
      return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    private static @Nullable HttpServletRequest brotliFirst(@Nullable HttpServletRequest request) {
      String accepted = request == null ? null : request.getHeader(HttpHeaders.ACCEPT_ENCODING);
      if (accepted == null || !acceptsBrotli(accepted)) {
        return request;
      }
      String reordered = "br, " + accepted;
      return new HttpServletRequestWrapper(request) {
        @Override
        public String getHeader(String name) {
          return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)
              ? reordered
              : super.getHeader(name);
        }
      };
    }

    private static boolean acceptsBrotli(String acceptEncoding) {
      for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
        if (coding.trim().startsWith("br")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Files as they are; the app's own routes as index.html; everything else not found. */
  static final class AppRouteResolver extends PathResourceResolver {

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
      Resource file = super.getResource(resourcePath, location);
      if (file != null) {
        return file;
      }
      if (!isAppRoute(resourcePath)) {
        return null;
      }
      Resource index = location.createRelative("index.html");
      return index.exists() && index.isReadable() ? index : null;
    }

    static boolean isAppRoute(String path) {
      String trimmed = path.startsWith("/") ? path.substring(1) : path;
      String lastSegment = trimmed.substring(trimmed.lastIndexOf('/') + 1);
      return !lastSegment.contains(".")
          && !startsWithSegment(trimmed, "api")
          && !startsWithSegment(trimmed, "actuator")
          && !startsWithSegment(trimmed, "v3")
          && !startsWithSegment(trimmed, "swagger-ui")
          && !startsWithSegment(trimmed, "assets");
    }

    private static boolean startsWithSegment(String path, String segment) {
      return path.equals(segment) || path.startsWith(segment + "/");
    }
  }
}
