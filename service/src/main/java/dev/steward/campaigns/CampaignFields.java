package dev.steward.campaigns;

import dev.steward.platform.FieldChange;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The editable fields of a campaign, already validated and trimmed. A null status means "leave it as it is". */
record CampaignFields(String name, String description, Channel channel, LocalDate sendDate, CampaignStatus status) {

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("description", description);
    map.put("channel", channel == null ? null : channel.value());
    map.put("sendDate", sendDate == null ? null : sendDate.toString());
    map.put("status", status == null ? null : status.value());
    return map;
  }

  static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    after.forEach((field, value) -> {
      Object old = before.get(field);
      if (!Objects.equals(old, value)) {
        changes.put(field, new FieldChange(old, value));
      }
    });
    return changes;
  }
}
