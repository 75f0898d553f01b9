package dev.steward.campaigns;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editable fields of a campaign, already validated and trimmed. A null status means "leave it
 * as it is".
 */
record CampaignFields(
    String name, String description, Channel channel, LocalDate sendDate, CampaignStatus status) {

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("description", description);
    map.put("channel", channel == null ? null : channel.value());
    map.put("sendDate", sendDate == null ? null : sendDate.toString());
    map.put("status", status == null ? null : status.value());
    return map;
  }
}
