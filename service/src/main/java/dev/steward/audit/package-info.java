/**
 * The append-only audit log: who did what to which record, with the fields before and after, from
 * where and when. It is fed by the other features' events and never called by them.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {
      "campaigns",
      "contacts",
      "identity",
      "mail",
      "platform",
      "reports",
      "spreadsheets",
      "tenancy"
    })
package dev.steward.audit;
