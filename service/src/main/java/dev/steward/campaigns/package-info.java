/**
 * Campaigns (mail-outs by email, phone or post), their members and each member's response, and the
 * campaign trash. Other features use {@link dev.steward.campaigns.Campaigns}. Member counts and
 * rates come from {@link dev.steward.reports.CampaignFigures}, where the numbers are defined once.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Campaigns",
    allowedDependencies = {"contacts", "platform", "reports", "tenancy"})
package dev.steward.campaigns;
