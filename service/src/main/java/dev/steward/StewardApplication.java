package dev.steward;

import dev.steward.platform.backup.RestoreCommand;
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
    if (args.length > 0 && args[0].equals(RestoreCommand.NAME)) {
      System.exit(RestoreCommand.run(args));
    }
    SpringApplication.run(StewardApplication.class, args);
  }
}
