package dev.steward.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI stewardOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Steward CRM API")
                .version("v1")
                .description(
                    """
            Contacts, relationships, campaigns, responses and analytics of one firm. Updates carry the version they \
            edited (If-Match or the version field): a stale one is a 409. Errors are RFC 9457 problem details; \
            422 lists each invalid field under `errors`.""")
                .license(new License().name("Apache-2.0")))
        // Relative, so that the document is the same wherever the service runs (and as committed
        // for the web app)
        .servers(List.of(new Server().url("/")));
  }

  @Bean
  RecordNullnessConverter recordNullnessConverter() {
    return new RecordNullnessConverter();
  }
}
