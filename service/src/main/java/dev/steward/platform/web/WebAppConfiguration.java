package dev.steward.platform.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web app (taskpane-web, packed into {@code static/}) at {@code /}. Its hashed assets are cached for a
 * year; {@code index.html} is revalidated on every load, so a new release reaches browsers at once. A GET for a path
 * of the app's own (no file extension, outside the API, actuator and API docs) answers {@code index.html}, so that
 * a reload or a shared link opens the right page (history fallback).
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration implements WebMvcConfigurer {

  static final String STATIC = "classpath:/static/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**")
        .addResourceLocations(STATIC + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new PathResourceResolver());
    registry.addResourceHandler("/**")
        .addResourceLocations(STATIC)
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new AppRouteResolver());
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
