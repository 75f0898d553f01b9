package dev.steward.reports.delivery;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts the recording report content in place of the production one, for the delivery tests. */
@TestConfiguration(proxyBeanMethods = false)
class RecordingContentConfiguration {

  @Bean
  @Primary
  DeliveryTestSupport.RecordingContent recordingContent() {
    return new DeliveryTestSupport.RecordingContent();
  }
}
