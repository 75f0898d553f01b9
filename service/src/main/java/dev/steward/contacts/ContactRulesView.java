package dev.steward.contacts;

import java.util.List;
import java.util.Map;

/**
 * A contact's field rules as the web form reads them for its hints; the server checks the same
 * rules again on save.
 *
 * @param maxLengths the longest text each field takes, by API name
 * @param emailPattern the syntax an email must have (a regular expression that JavaScript reads
 *     too); the check also refuses two dots in a row
 * @param maxOtherEmails how many emails a contact may have besides its primary one
 * @param maxOtherPhones how many phones a contact may have besides its primary one
 * @param otherLabels the labels an other email or phone may carry
 * @param maxTags how many tags a contact may carry
 * @param maxTagName the longest tag name
 * @param maxCustomText the longest value a text custom field takes
 * @param namedBy for each contact type, the fields of which at least one must be filled in
 */
public record ContactRulesView(
    Map<String, Integer> maxLengths,
    String emailPattern,
    int maxOtherEmails,
    int maxOtherPhones,
    List<String> otherLabels,
    int maxTags,
    int maxTagName,
    int maxCustomText,
    Map<String, List<String>> namedBy) {

  static final ContactRulesView CURRENT =
      new ContactRulesView(
          ContactRules.MAX_LENGTHS,
          ContactRules.EMAIL_PATTERN,
          ContactRules.MAX_OTHERS,
          ContactRules.MAX_OTHERS,
          ContactRules.OTHER_LABELS,
          ContactRules.MAX_TAGS,
          ContactRules.MAX_TAG_NAME,
          ContactRules.MAX_CUSTOM_TEXT,
          java.util.Arrays.stream(ContactType.values())
              .collect(
                  java.util.stream.Collectors.toUnmodifiableMap(
                      ContactType::value, ContactRules::nameFields)));
}
