package dev.steward.campaigns;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Let query parameters say {@code status=sent}, {@code channel=email} or {@code
 * status=not_interested}.
 */
final class CampaignParamConverters {

  private CampaignParamConverters() {}

  @Component
  static class ChannelParam implements Converter<String, Channel> {
    @Override
    public Channel convert(String source) {
      return Channel.of(source.trim());
    }
  }

  @Component
  static class CampaignStatusParam implements Converter<String, CampaignStatus> {
    @Override
    public CampaignStatus convert(String source) {
      return CampaignStatus.of(source.trim());
    }
  }

  @Component
  static class ResponseStatusParam implements Converter<String, ResponseStatus> {
    @Override
    public ResponseStatus convert(String source) {
      return ResponseStatus.of(source.trim());
    }
  }

  @Component
  static class RecordedViaParam implements Converter<String, RecordedVia> {
    @Override
    public RecordedVia convert(String source) {
      return RecordedVia.of(source.trim());
    }
  }
}
