/**
 * Campaign effectiveness metrics, computed in SQL over campaigns, their members and contacts. Rates are decimals
 * rounded to four places: 0.25 means 25%. Trashed campaigns and trashed contacts count nowhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package dev.steward.reports;
