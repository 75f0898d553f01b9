package dev.steward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Steward CRM: one service behind the web app and the Outlook and Excel add-ins. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StewardApplication {

  public static void main(String[] args) {
    SpringApplication.run(StewardApplication.class, args);
  }
}
