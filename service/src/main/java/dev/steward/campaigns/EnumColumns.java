package dev.steward.campaigns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.function.Function;

/** Store the enums as the lowercase words the schema's CHECK constraints list. */
final class EnumColumns {

  private EnumColumns() {}

  abstract static class Worded<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Function<E, String> toWord;
    private final Function<String, E> fromWord;

    Worded(Function<E, String> toWord, Function<String, E> fromWord) {
      this.toWord = toWord;
      this.fromWord = fromWord;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
      return value == null ? null : toWord.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String value) {
      return value == null ? null : fromWord.apply(value);
    }
  }

  @Converter
  static class ChannelColumn extends Worded<Channel> {
    ChannelColumn() {
      super(Channel::value, Channel::of);
    }
  }

  @Converter
  static class CampaignStatusColumn extends Worded<CampaignStatus> {
    CampaignStatusColumn() {
      super(CampaignStatus::value, CampaignStatus::of);
    }
  }

  @Converter
  static class ResponseStatusColumn extends Worded<ResponseStatus> {
    ResponseStatusColumn() {
      super(ResponseStatus::value, ResponseStatus::of);
    }
  }

  @Converter
  static class RecordedViaColumn extends Worded<RecordedVia> {
    RecordedViaColumn() {
      super(RecordedVia::value, RecordedVia::of);
    }
  }
}
