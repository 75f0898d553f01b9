package dev.steward.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL itself keeps firms apart, whatever SQL the service runs. */
class RowLevelSecurityIntegrationTest extends IntegrationTest {

  /**
   * The tables that hold no firm's data and are read before any firm is set: Flyway's history,
   * db-scheduler's queue of jobs, which the scheduler claims across firms (the jobs set each firm
   * themselves; see V30), and the rate limits' buckets, counted per address before a sign-in finds
   * the firm (V60).
   */
  private static final String INFRASTRUCTURE_TABLES =
      "('flyway_schema_history', 'scheduled_tasks', 'rate_limit_buckets')";

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private long countContacts() {
    return new TransactionTemplate(transactionManager)
        .execute(status -> jdbc.sql("select count(*) from contacts").query(Long.class).single());
  }

  @Test
  void aRawSelectSeesOnlyTheFirmOfTheTransaction() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Hale Mills"}""");
    var otherFirm = newFirm();

    assertThat(CurrentTenant.callAs(firm, this::countContacts)).isEqualTo(1);
    assertThat(CurrentTenant.callAs(otherFirm, this::countContacts)).isZero();
    assertThat(countContacts()).as("no firm set: no rows").isZero();
  }

  @Test
  void refusesToWriteARowIntoAnotherFirm() {
    var otherFirm = newFirm();
    assertThatThrownBy(
            () ->
                CurrentTenant.runAs(
                    firm,
                    () ->
                        new TransactionTemplate(transactionManager)
                            .executeWithoutResult(
                                status ->
                                    jdbc.sql(
                                            """
                insert into contacts (id, tenant_id, type, company_name) values (?, ?, 'business', 'Intruder Ltd')""")
                                        .params(UUID.randomUUID(), otherFirm)
                                        .update())))
        .rootCause()
        .hasMessageContaining("violates row-level security policy");
  }

  @Test
  void theServiceRoleOwnsNoTableAndCannotBypassThePolicies() {
    var role =
        jdbc.sql(
                """
            select current_user, r.rolsuper, r.rolbypassrls,
                   (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user)
            from pg_roles r where r.rolname = current_user""")
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4)
                    })
            .single();
    assertThat(role[0]).isEqualTo("steward_app");
    assertThat(role[1]).as("superuser").isEqualTo(false);
    assertThat(role[2]).as("bypassrls").isEqualTo(false);
    assertThat(role[3]).as("tables owned").isEqualTo(0L);

    var unprotected =
        jdbc.sql(
                """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' and c.relname not in %s
              and not (c.relrowsecurity and c.relforcerowsecurity)"""
                    .formatted(INFRASTRUCTURE_TABLES))
            .query(String.class)
            .list();
    assertThat(unprotected).as("tables without forced row-level security").isEmpty();
  }

  @Test
  void everyTableCarriesATenantId() {
    var without =
        jdbc.sql(
                """
            select t.table_name from information_schema.tables t
            where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name not in %s
              and not exists (select 1 from information_schema.columns c
                              where c.table_schema = 'public' and c.table_name = t.table_name
                                and c.column_name = 'tenant_id')"""
                    .formatted(INFRASTRUCTURE_TABLES))
            .query(String.class)
            .list();
    assertThat(without).isEmpty();
  }
}
