package dev.steward.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Who a contact is, as every row read of contacts starts: id, type, names, job title and primary
 * email. The list, the export and campaign mail each add what they need to it; the columns are read
 * here once.
 */
record ContactHead(
    UUID id,
    ContactType type,
    String displayName,
    String firstName,
    String lastName,
    String companyName,
    String jobTitle,
    String email) {

  /**
   * The head of the row {@code rs} is on; the query selects {@code id, type, display_name,
   * first_name, last_name, company_name, job_title, email} under those names.
   */
  static ContactHead of(ResultSet rs) throws SQLException {
    return new ContactHead(
        rs.getObject("id", UUID.class),
        ContactType.of(rs.getString("type")),
        rs.getString("display_name"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("company_name"),
        rs.getString("job_title"),
        rs.getString("email"));
  }
}
