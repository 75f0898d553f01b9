package dev.steward.campaigns;

import dev.steward.contacts.ContactFilter;
import dev.steward.contacts.ContactType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Contacts to add to a campaign: either listed by id, or every live contact a filter takes. */
record AddMembersRequest(
    @Size(max = 10_000, message = "may list at most 10000 contacts; add more with a filter")
        List<@NotNull UUID> contactIds,
    @Valid Filter filter) {

  /** Which live contacts to add; all null adds every live contact of the firm. */
  record Filter(ContactType type, @Size(max = 50) String tag, @Size(max = 200) String q) {

    ContactFilter toContactFilter() {
      return new ContactFilter(q, type, tag);
    }
  }
}
