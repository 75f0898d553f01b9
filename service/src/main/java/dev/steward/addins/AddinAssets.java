package dev.steward.addins;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The add-ins' icons, which Office fetches from the URLs in the manifests, at {@code
 * /addin/assets/}.
 */
@Configuration(proxyBeanMethods = false)
class AddinAssets implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    // Office caches icons itself; a day keeps a changed icon from lingering for long.
    registry
        .addResourceHandler("/addin/assets/**")
        .addResourceLocations("classpath:/addin-manifest/assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
  }
}
