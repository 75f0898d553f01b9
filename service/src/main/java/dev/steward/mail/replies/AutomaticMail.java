package dev.steward.mail.replies;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells mail no person wrote: automatic replies (out of office) and bounces (delivery status
 * notifications). Neither is a response to a campaign, though both often sit in its conversation
 * and come from a member's address.
 */
final class AutomaticMail {

  /**
   * What a mail client or server puts before the subject of an automatic reply, in the common
   * languages.
   */
  private static final Pattern AUTO_REPLY_SUBJECT =
      Pattern.compile(
          "^\\s*(automatic reply|auto[- ]?reply|"
              + "auto[- ]?response|out of (the )?office|ooo\\b|abwesenheitsnotiz|automatische antwort|"
              + "r[ée]ponse automatique|respuesta autom[áa]tica|fuera de la oficina|"
              + "risposta automatica|fuori ufficio|automatisch antwoord|resposta autom[áa]tica|"
              + "fora do escrit[óo]rio|autosvar|automatisk svar|automaattinen vastaus|automatyczna odpowied[źz]|"
              + "automatick[áa] odpov[ěe]d|otomatik yan[ıi]t)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "^\\s*(undeliverable|undelivered mail|"
              + "delivery status notification|delivery failure|delivery has failed|mail delivery failed|"
              + "mail delivery failure|returned mail|failure notice|message not delivered|nicht zustellbar|unzustellbar|"
              + "non remis|non distribu[ée]|no se puede entregar|no entregado|non recapitabile|onbestelbaar|"
              + "niet bezorgd|n[ãa]o entregue)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BOUNCE_SENDER =
      Pattern.compile(
          "^(mailer-daemon|postmaster|mail-daemon|"
              + "microsoftexchange[0-9a-f]*|bounces?)([+@.-].*)?$",
          Pattern.CASE_INSENSITIVE);

  private AutomaticMail() {}

  /**
   * Why a message is automatic ("automatic reply", "bounce"), or null when a person may have
   * written it.
   */
  static String reason(String subject, String senderAddress, Map<String, List<String>> headers) {
    if (isBounce(subject, senderAddress, headers)) {
      return "bounce";
    }
    if (isAutomaticReply(subject, headers)) {
      return "automatic reply";
    }
    return null;
  }

  static boolean isAutomaticReply(String subject, Map<String, List<String>> headers) {
    String autoSubmitted = first(headers, "auto-submitted");
    if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
      return true;
    }
    // Exchange marks its own automatic replies so that they get no automatic answer in turn
    if (present(headers, "x-auto-response-suppress")
        || present(headers, "x-autoreply")
        || present(headers, "x-autorespond")) {
      return true;
    }
    String precedence = first(headers, "precedence");
    if (precedence != null
        && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
      return true;
    }
    return subject != null && AUTO_REPLY_SUBJECT.matcher(subject).find();
  }

  static boolean isBounce(String subject, String senderAddress, Map<String, List<String>> headers) {
    if (senderAddress != null && BOUNCE_SENDER.matcher(senderAddress.strip()).matches()) {
      return true;
    }
    String contentType = first(headers, "content-type");
    if (contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
      return true;
    }
    if (present(headers, "x-failed-recipients")
        || present(headers, "x-ms-exchange-message-is-ndr")) {
      return true;
    }
    return subject != null && BOUNCE_SUBJECT.matcher(subject).find();
  }

  private static String first(Map<String, List<String>> headers, String name) {
    var values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static boolean present(Map<String, List<String>> headers, String name) {
    String value = first(headers, name);
    return value != null && !value.isBlank();
  }
}
