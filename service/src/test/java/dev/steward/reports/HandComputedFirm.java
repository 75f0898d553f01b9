package dev.steward.reports;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * A small firm whose figures are computed by hand, built through the API. W0 is this week's Monday
 * (UTC) and Wk the Monday k weeks before. Days to response count whole UTC days from the send date.
 *
 * <pre>
 * Contacts (live): individuals Ann, Ben, Cal, Dee, Gus; businesses Acme, Birch; estates Eve, Fay.
 *                  Tom (individual) is a converted member of Spring, then trashed: he counts nowhere.
 * Spring letter  mail,  sent,      sendDate W4  Ann responded W3+1d12h (8 days)    Ben converted W2+2d (16 days)
 *                                               Cal pending                        Acme not_interested W3+6h (7 days)
 *                                               Eve converted W1+4d (25 days)      [Tom converted W1, trashed]
 *                                               Gus, added after the others had answered: responded W0 (28 days)
 * Email blast    email, draft,     sendDate W2  Ann pending, Fay pending           Dee responded W1+1d (8 days)
 *                                               Birch converted W1+2d12h (9 days)  Acme not_interested W1+3d (10 days)
 * Phone round    phone, completed, no sendDate  Dee responded now (no days: no send date)
 * Old mailing    mail, in the trash             Ben converted W1: counts nowhere
 * </pre>
 *
 * Every member was added after its campaign's send date (they are added as the test runs); they
 * count all the same.
 */
final class HandComputedFirm {

  final Api api;
  final LocalDate w0;
  UUID ann, ben, cal, dee, gus, acme, birch, eve, fay, tom;
  UUID spring, blast, phone, old;

  HandComputedFirm(Api api) {
    this.api = api;
    this.w0 =
        LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  Instant at(int weeksBack, Duration after) {
    return w0.minusWeeks(weeksBack).atStartOfDay(ZoneOffset.UTC).toInstant().plus(after);
  }

  String week(int weeksBack) {
    return w0.minusWeeks(weeksBack).toString();
  }

  HandComputedFirm build() throws Exception {
    ann = person("Ann", "ann@example.com", "Bath");
    ben = person("Ben", "ben@example.com", null);
    cal = person("Cal", null, "York");
    dee = person("Dee", "dee@example.com", null);
    gus = person("Gus", null, null);
    tom = person("Tom", null, null);
    acme = organisation("business", "Acme");
    birch = organisation("business", "Birch");
    eve = organisation("estate", "Estate of Eve");
    fay = organisation("estate", "Estate of Fay");

    spring = campaign("Spring letter", "mail", "sent", w0.minusWeeks(4));
    members(spring, ann, ben, cal, acme, eve, tom);
    respond(spring, ann, "responded", at(3, Duration.ofHours(36)), "manual");
    respond(spring, ben, "converted", at(2, Duration.ofDays(2)), "outlook");
    respond(spring, acme, "not_interested", at(3, Duration.ofHours(6)), "mailbox");
    respond(spring, eve, "converted", at(1, Duration.ofDays(4)), "import");
    respond(spring, tom, "converted", at(1, Duration.ZERO), "manual");
    api.delete("/api/contacts/{id}", tom).andExpect(status().isNoContent());
    members(spring, gus);
    respond(spring, gus, "responded", at(0, Duration.ZERO), "outlook");

    blast = campaign("Email blast", "email", "draft", w0.minusWeeks(2));
    members(blast, ann, dee, birch, fay, acme);
    respond(blast, dee, "responded", at(1, Duration.ofDays(1)), "manual");
    respond(blast, birch, "converted", at(1, Duration.ofHours(60)), "manual");
    respond(blast, acme, "not_interested", at(1, Duration.ofDays(3)), "manual");

    phone = campaign("Phone round", "phone", "completed", null);
    members(phone, dee);
    respond(phone, dee, "responded", null, "manual");

    old = campaign("Old mailing", "mail", "draft", null);
    members(old, ben);
    respond(old, ben, "converted", at(1, Duration.ZERO), "manual");
    api.delete("/api/campaigns/{id}", old).andExpect(status().isNoContent());
    return this;
  }

  UUID person(String first, String email, String city) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"Test","email":%s,"city":%s}"""
            .formatted(first, json(email), json(city)));
  }

  UUID organisation(String type, String name) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"%s","companyName":"%s"}"""
            .formatted(type, name));
  }

  UUID campaign(String name, String channel, String status, LocalDate sendDate) throws Exception {
    return api.create(
        "/api/campaigns",
        """
        {"name":"%s","channel":"%s","status":"%s","sendDate":%s}"""
            .formatted(name, channel, status, json(sendDate == null ? null : sendDate.toString())));
  }

  void members(UUID campaign, UUID... contacts) throws Exception {
    var ids = String.join("\",\"", List.of(contacts).stream().map(UUID::toString).toList());
    api.post("/api/campaigns/{id}/contacts", "{\"contactIds\":[\"" + ids + "\"]}", campaign)
        .andExpect(status().isOk());
  }

  void respond(UUID campaign, UUID contact, String status, Instant respondedAt, String via)
      throws Exception {
    String when = respondedAt == null ? "" : ",\"respondedAt\":\"" + respondedAt + "\"";
    api.put(
            "/api/campaigns/{id}/contacts/{c}",
            "{\"status\":\"" + status + "\",\"recordedVia\":\"" + via + "\"" + when + "}",
            campaign,
            contact)
        .andExpect(status().isOk());
  }

  private static String json(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
