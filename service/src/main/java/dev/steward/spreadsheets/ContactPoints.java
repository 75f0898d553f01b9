package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import dev.steward.contacts.PhoneNumbers;
import dev.steward.platform.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A row's emails or phones: the first usable one is the primary, the next ones (up to the contacts'
 * bound) its others; what cannot be kept as either goes to the notes, with a warning.
 */
final class ContactPoints {

  /**
   * @param primary the contact's email or phone
   * @param unusable values as written, for the notes
   */
  record Found(String primary, List<StagedRow.Labelled> others, List<String> unusable) {}

  private ContactPoints() {}

  /** An email that is not valid rejects the row if it is the first; later ones go to the notes. */
  static Found emails(
      List<StagedRow.Labelled> candidates,
      List<FieldProblem> problems,
      List<FieldProblem> warnings) {
    String email = null;
    List<StagedRow.Labelled> otherEmails = new ArrayList<>();
    List<String> unusableEmails = new ArrayList<>();
    for (var candidate : candidates) {
      String lower = candidate.value().toLowerCase(Locale.ROOT);
      boolean valid = ContactRules.email(lower).isPresent();
      if (email == null) {
        email = lower;
        if (!valid) {
          problems.add(new FieldProblem("email", "is not a valid email address"));
        }
      } else if (lower.equals(email)
          || otherEmails.stream().anyMatch(other -> other.value().equals(lower))) {
        continue;
      } else if (valid && otherEmails.size() < ContactRules.MAX_OTHERS) {
        otherEmails.add(new StagedRow.Labelled(lower, candidate.label()));
      } else {
        warnings.add(
            new FieldProblem(
                "otherEmails",
                (valid
                        ? "more than " + ContactRules.MAX_OTHERS + " emails"
                        : "'" + candidate.value() + "' is not a valid email address")
                    + "; kept in the notes"));
        unusableEmails.add(candidate.value());
      }
    }
    return new Found(email, otherEmails, unusableEmails);
  }

  /**
   * Phones read as numbers of {@code region} unless written with their country code. A first phone
   * that does not parse is kept as written; later ones go to the notes.
   */
  static Found phones(
      List<StagedRow.Labelled> candidates,
      PhoneNumbers numbers,
      String region,
      List<FieldProblem> warnings) {
    String phone = null;
    List<StagedRow.Labelled> otherPhones = new ArrayList<>();
    List<String> unusablePhones = new ArrayList<>();
    for (var labelledPhone : candidates) {
      String candidate = labelledPhone.value();
      var e164 = numbers.toE164(candidate, region);
      if (phone == null && e164.isEmpty() && candidate.length() > ContactRules.MAX_PHONE_AS_KEPT) {
        warnings.add(
            new FieldProblem(
                "phone",
                "not a valid phone number, and too long for the phone field; kept in"
                    + " the notes"));
        unusablePhones.add(candidate);
      } else if (phone == null) {
        if (e164.isPresent()) {
          phone = e164.get();
        } else {
          // A phone that does not parse never costs the row its name and email: it is kept as
          // written.
          phone = candidate;
          // A number written with its country code was not read in the firm's region: naming the
          // region would send the reader looking in the wrong place.
          boolean international = candidate.startsWith("+") || candidate.startsWith("00");
          warnings.add(
              new FieldProblem(
                  "phone",
                  international
                      ? "not a valid phone number; kept as written"
                      : "not a valid phone number (read as a number of "
                          + region
                          + "); kept as written"));
        }
      } else if (e164.isEmpty()) {
        // A contact's other phones are numbers it can be called on; one that does not parse is
        // kept in the notes, as written.
        if (!candidate.equals(phone) && !unusablePhones.contains(candidate)) {
          warnings.add(
              new FieldProblem(
                  "otherPhones",
                  "'" + candidate + "' is not a valid phone number; kept in the notes"));
          unusablePhones.add(candidate);
        }
      } else {
        String other = e164.get();
        if (!other.equals(phone)
            && otherPhones.stream().noneMatch(known -> known.value().equals(other))) {
          if (otherPhones.size() < ContactRules.MAX_OTHERS) {
            otherPhones.add(new StagedRow.Labelled(other, labelledPhone.label()));
          } else {
            unusablePhones.add(candidate);
          }
        }
      }
    }
    return new Found(phone, otherPhones, unusablePhones);
  }
}
