package dev.steward.mail.templates;

import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each campaign's template, as the firm saved it. */
@Component
public class MailTemplates {

  /** What a campaign starts with before anyone writes its mail. */
  static final MailTemplate STARTER =
      new MailTemplate(
          "[[${campaign.name}]]",
          """
      <p>Dear <span th:text="${contact.salutation}">friend</span>,</p>
      <p>Write your message here.</p>
      <p>Kind regards,<br><span th:text="${adviser.name}">Your adviser</span><br>
      <span th:text="${firm.name}">Your firm</span></p>
      <p style="font-size:12px;color:#666"><a th:href="${unsubscribeUrl}">Unsubscribe</a> from these emails.</p>
      """,
          """
      Dear [[${contact.salutation}]],

      Write your message here.

      Kind regards,
      [[${adviser.name}]]
      [[${firm.name}]]

      Unsubscribe from these emails: [[${unsubscribeUrl}]]
      """);

  /** A saved template and its version, or the starter (version null) when none was saved. */
  public record Stored(MailTemplate template, Long version) {

    public boolean saved() {
      return version != null;
    }
  }

  private final JdbcClient jdbc;

  MailTemplates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Stored of(UUID campaignId) {
    return find(campaignId).orElse(new Stored(STARTER, null));
  }

  private Optional<Stored> find(UUID campaignId) {
    return jdbc.sql(
            "select subject, html_body, text_body, version from mail_templates where tenant_id = ? and "
                + "campaign_id = ?")
        .params(CurrentTenant.require(), campaignId)
        .query(
            (rs, n) ->
                new Stored(
                    new MailTemplate(rs.getString(1), rs.getString(2), rs.getString(3)),
                    rs.getLong(4)))
        .optional();
  }

  /**
   * Saves the template, unless someone saved another since {@code expectedVersion} (null: the first
   * save).
   *
   * @throws dev.steward.platform.ConflictException when it changed since
   */
  @Transactional
  Stored save(UUID campaignId, MailTemplate template, Long expectedVersion, UUID userId) {
    var current = find(campaignId);
    if (current.isPresent()) {
      Versions.check(
          "This campaign's mail",
          expectedVersion == null ? -1 : expectedVersion,
          current.get().version());
      jdbc.sql(
              """
              update mail_templates set subject = ?, html_body = ?, text_body = ?, updated_by = ?, updated_at = now(),
                version = version + 1
              where tenant_id = ? and campaign_id = ?""")
          .params(
              template.subject(),
              template.html(),
              template.text(),
              userId,
              CurrentTenant.require(),
              campaignId)
          .update();
      return new Stored(template, current.get().version() + 1);
    }
    if (expectedVersion != null) {
      Versions.check("This campaign's mail", expectedVersion, -1);
    }
    jdbc.sql(
            """
            insert into mail_templates (campaign_id, tenant_id, subject, html_body, text_body, updated_by)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            campaignId,
            CurrentTenant.require(),
            template.subject(),
            template.html(),
            template.text(),
            userId)
        .update();
    return new Stored(template, 0L);
  }
}
