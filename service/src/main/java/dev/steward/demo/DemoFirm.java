package dev.steward.demo;

import dev.steward.contacts.ContactRequest;
import dev.steward.contacts.ContactView;
import dev.steward.contacts.Contacts;
import dev.steward.contacts.CustomFieldDefinition;
import dev.steward.contacts.CustomFieldType;
import dev.steward.contacts.RelationshipRequest;
import dev.steward.contacts.RelationshipType;
import dev.steward.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample firm: about 300 contacts of all three types, estates with their executors and
 * beneficiaries, and four campaigns whose responses spread over weeks. Loaded in one transaction,
 * so a failed load leaves nothing half made.
 */
@Component
class DemoFirm {

  static final long SEED = 20261125L;

  private final Contacts contacts;
  private final DemoCampaigns campaigns;
  private final TransactionTemplate transaction;

  DemoFirm(
      Contacts contacts, DemoCampaigns campaigns, PlatformTransactionManager transactionManager) {
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Loads the sample into the firm, unless it has contacts already; returns what it made, or null.
   */
  Loaded loadInto(UUID tenantId) {
    return CurrentTenant.callAs(
        tenantId, () -> transaction.execute(status -> contacts.anyExist() ? null : load()));
  }

  record Loaded(int contacts, int relationships, int campaigns) {}

  Loaded load() {
    contacts.defineCustomField(
        new CustomFieldDefinition("date_of_death", "Date of death", CustomFieldType.DATE));
    contacts.defineCustomField(
        new CustomFieldDefinition("risk_profile", "Risk profile", CustomFieldType.TEXT));
    contacts.defineCustomField(
        new CustomFieldDefinition(
            "assets_under_management", "Assets under management ($)", CustomFieldType.NUMBER));
    var people = new DemoPeople(SEED);
    var individuals = new ArrayList<ContactView>();
    var businesses = new ArrayList<ContactView>();
    var estates = new ArrayList<ContactView>();
    for (int i = 0; i < 50; i++) {
      businesses.add(create(people.business()));
    }
    for (int i = 0; i < 230; i++) {
      individuals.add(create(people.individual()));
    }
    int relationships = 0;
    // Staff of the businesses, and who owns or manages them.
    for (int i = 0; i < 90; i++) {
      relationships +=
          relate(
              individuals.get(i),
              RelationshipType.WORKS_FOR,
              businesses.get(i % businesses.size()));
    }
    for (int i = 0; i < businesses.size(); i++) {
      var owner = individuals.get(100 + i);
      relationships +=
          relate(
              owner,
              i % 3 == 0 ? RelationshipType.MANAGES : RelationshipType.OWNS,
              businesses.get(i));
    }
    // Couples.
    for (int i = 150; i < 190; i += 2) {
      relationships += relate(individuals.get(i), RelationshipType.SPOUSE, individuals.get(i + 1));
    }
    // Estates, each with an executor, one to three beneficiaries, and sometimes a trustee.
    for (int i = 0; i < 20; i++) {
      var estate =
          create(
              people.estateOf(
                  people.firstName(),
                  people.lastName(),
                  LocalDate.of(2025, 1, 1).plusDays(people.nextInt(600)).toString()));
      estates.add(estate);
      relationships += relate(individuals.get(190 + i), RelationshipType.EXECUTOR, estate);
      int beneficiaries = 1 + people.nextInt(3);
      for (int b = 0; b < beneficiaries; b++) {
        relationships +=
            relate(individuals.get((i * 7 + b * 13) % 150), RelationshipType.BENEFICIARY, estate);
      }
      if (i % 4 == 0) {
        relationships += relate(individuals.get(210 + i / 4), RelationshipType.TRUSTEE, estate);
      }
    }
    for (int i = 215; i < 222; i++) {
      relationships +=
          relate(individuals.get(i + 8), RelationshipType.POWER_OF_ATTORNEY, individuals.get(i));
    }
    int campaignCount = campaigns.load(ids(individuals), ids(businesses), ids(estates), people);
    return new Loaded(
        individuals.size() + businesses.size() + estates.size(), relationships, campaignCount);
  }

  private ContactView create(ContactRequest request) {
    return contacts.create(request, null);
  }

  private int relate(ContactView from, RelationshipType type, ContactView to) {
    contacts.relate(from.id(), new RelationshipRequest(to.id(), type, null), null);
    return 1;
  }

  private static List<UUID> ids(List<ContactView> views) {
    return views.stream().map(ContactView::id).toList();
  }
}
