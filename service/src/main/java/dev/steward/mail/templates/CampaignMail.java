package dev.steward.mail.templates;

import dev.steward.campaigns.CampaignView;
import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.Channel;
import dev.steward.contacts.Contacts;
import dev.steward.contacts.MailRecipient;
import dev.steward.identity.Users;
import dev.steward.mail.unsubscribe.UnsubscribeLinks;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Composes a campaign's mail for one member: the campaign's template, rendered in the sandbox with
 * the member's merge fields and their own unsubscribe link. The preview and the send both come
 * through here, so a preview is the mail as it will be sent (its unsubscribe token aside, which is
 * issued afresh for each).
 */
@Service
public class CampaignMail {

  private final Campaigns campaigns;
  private final Contacts contacts;
  private final Users users;
  private final Tenants tenants;
  private final MailTemplates templates;
  private final SandboxedTemplates sandbox;
  private final UnsubscribeLinks unsubscribe;

  CampaignMail(
      Campaigns campaigns,
      Contacts contacts,
      Users users,
      Tenants tenants,
      MailTemplates templates,
      SandboxedTemplates sandbox,
      UnsubscribeLinks unsubscribe) {
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.users = users;
    this.tenants = tenants;
    this.templates = templates;
    this.sandbox = sandbox;
    this.unsubscribe = unsubscribe;
  }

  /** What every member's mail of one send shares. */
  public record Prepared(
      UUID campaignId,
      String campaignName,
      String adviserName,
      String firmName,
      MailTemplate template) {}

  /** One member's mail, and the link their List-Unsubscribe header carries. */
  public record Composed(RenderedMail mail, String unsubscribeUrl) {}

  /**
   * Gathers what a send of the campaign needs. The adviser is the campaign's owner, or {@code
   * senderId} when the owner is gone.
   *
   * @throws NotFoundException when the campaign is not live
   * @throws InvalidInputException when it is not an email campaign
   */
  @Transactional(readOnly = true)
  public Prepared prepare(UUID campaignId, UUID senderId) {
    CampaignView campaign = campaigns.requireLive(campaignId);
    if (campaign.channel() != Channel.EMAIL) {
      throw InvalidInputException.of("channel", "only an email campaign is sent by Steward");
    }
    String adviser = users.nameOf(campaign.createdBy()).or(() -> users.nameOf(senderId)).orElse("");
    String firm = tenants.find(CurrentTenant.require()).map(TenantInfo::name).orElse("");
    return new Prepared(
        campaignId, campaign.name(), adviser, firm, templates.of(campaignId).template());
  }

  public Composed compose(Prepared prepared, MailRecipient recipient) {
    String link = unsubscribe.forContact(recipient.id(), prepared.campaignId());
    var fields =
        MergeFields.of(
            recipient, prepared.adviserName(), prepared.firmName(), prepared.campaignName(), link);
    var rendered = sandbox.render(prepared.template(), fields);
    return new Composed(withUnsubscribeLink(rendered, link), link);
  }

  /**
   * The mail as a live contact of the firm would get it, with the saved template or {@code draft}
   * when given.
   *
   * @throws NotFoundException when no live contact has this id or email
   */
  @Transactional(readOnly = true)
  public RenderedMail preview(
      UUID campaignId, UUID contactId, String email, MailTemplate draft, UUID userId) {
    MailRecipient recipient = recipient(contactId, email);
    var prepared = prepare(campaignId, userId);
    if (draft != null) {
      prepared =
          new Prepared(
              prepared.campaignId(),
              prepared.campaignName(),
              prepared.adviserName(),
              prepared.firmName(),
              draft);
    }
    return compose(prepared, recipient).mail();
  }

  private MailRecipient recipient(UUID contactId, String email) {
    if (contactId != null) {
      return contacts.mailRecipients(List.of(contactId)).stream()
          .findFirst()
          .orElseThrow(() -> NotFoundException.of("Contact", contactId));
    }
    if (email == null || email.isBlank()) {
      throw InvalidInputException.of("contactId", "name a contact by contactId or email");
    }
    var found = contacts.byEmails(List.of(email.strip()));
    if (found.isEmpty()) {
      throw NotFoundException.of("Contact with the email", email.strip());
    }
    return contacts.mailRecipients(List.of(found.get(0).id())).get(0);
  }

  /**
   * Every mail carries its unsubscribe link in the body: added at the end when the template left it
   * out.
   */
  private static RenderedMail withUnsubscribeLink(RenderedMail mail, String link) {
    String html = mail.html();
    if (!html.contains(HtmlUtils.htmlEscape(link)) && !html.contains(link)) {
      String footer =
          "<p style=\"font-size:12px;color:#666\"><a href=\""
              + HtmlUtils.htmlEscape(link)
              + "\">Unsubscribe</a> from these emails.</p>";
      int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
      html = end >= 0 ? html.substring(0, end) + footer + html.substring(end) : html + footer;
    }
    String text = mail.text();
    if (!text.contains(link)) {
      text = text.stripTrailing() + "\n\nUnsubscribe from these emails: " + link + "\n";
    }
    return new RenderedMail(mail.subject(), html, text);
  }
}
