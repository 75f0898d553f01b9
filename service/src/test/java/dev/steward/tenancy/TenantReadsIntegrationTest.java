package dev.steward.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-round-trip read sets the firm for its query alone, under the same row-level security as a
 * transaction.
 */
class TenantReadsIntegrationTest extends IntegrationTest {

  private static final String NAMES =
      "select company_name from contacts where company_name like ? order by 1";

  @Autowired DataSource dataSource;
  @Autowired TenantReads reads;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void readsOnlyTheCurrentFirmsRowsAndLeavesNoFirmOnTheConnection() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Roundtrip Mills"}""");
    var otherFirm = newFirm();

    try (Connection connection = dataSource.getConnection()) {
      var single = new SingleConnectionDataSource(connection, true);
      var onOneConnection = new TenantReads(single);

      assertThat(
              CurrentTenant.callAs(
                  firm,
                  () -> onOneConnection.query(NAMES, (rs, n) -> rs.getString(1), "Roundtrip%")))
          .containsExactly("Roundtrip Mills");
      assertThat(
              CurrentTenant.callAs(
                  otherFirm,
                  () -> onOneConnection.query(NAMES, (rs, n) -> rs.getString(1), "Roundtrip%")))
          .as("another firm sees none of it")
          .isEmpty();

      String left =
          new JdbcTemplate(single)
              .queryForObject(
                  "select coalesce(current_setting('steward.tenant_id', true), '')", String.class);
      assertThat(left).as("the firm lasted only as long as its query").isEmpty();
      assertThat(
              new JdbcTemplate(single).queryForObject("select count(*) from contacts", Long.class))
          .as("the same connection, with no firm set, sees nothing")
          .isZero();
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void insideATransactionItReadsWhatThatTransactionSees() {
    List<String> names =
        CurrentTenant.callAs(
            firm,
            () ->
                new TransactionTemplate(transactionManager)
                    .execute(
                        status -> {
                          new JdbcTemplate(dataSource)
                              .update(
                                  """
              insert into contacts (id, tenant_id, type, company_name)
              values (gen_random_uuid(), current_setting('steward.tenant_id')::uuid, 'business', 'Uncommitted Forge')""");
                          status.setRollbackOnly();
                          return reads.query(NAMES, (rs, n) -> rs.getString(1), "Uncommitted%");
                        }));
    assertThat(names)
        .as("the transaction's own uncommitted row")
        .containsExactly("Uncommitted Forge");
  }

  @Test
  void takesATextArrayForAny() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Array Works"}""");
    List<String> names =
        CurrentTenant.callAs(
            firm,
            () ->
                reads.query(
                    "select company_name from contacts where company_name = any(?)",
                    (rs, n) -> rs.getString(1),
                    TenantReads.textArray(List.of("Array Works", "Nobody Ltd"))));
    assertThat(names).containsExactly("Array Works");
  }
}
