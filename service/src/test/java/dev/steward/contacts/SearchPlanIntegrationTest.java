package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security must not cost the service its indexes: its role's email lookup and
 * contains-search are index conditions, not filters applied to every row of the firm.
 */
class SearchPlanIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private String plan(String sql) {
    return CurrentTenant.callAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .execute(
                    status -> {
                      // A test firm has few rows; without this the planner would rightly prefer
                      // reading them all.
                      jdbc.sql("set local enable_seqscan = off").update();
                      List<String> lines = jdbc.sql("explain " + sql).query(String.class).list();
                      return String.join("\n", lines);
                    }));
  }

  @Test
  void theEmailLookupIsAnIndexConditionForTheServiceRole() {
    String plan =
        plan(
            "select id from contacts c where c.tenant_id = '"
                + firm
                + "' and c.deleted_at is null and lower(c.email) in ('ada@example.com')");
    assertThat(plan)
        .contains("contacts_email_key")
        .containsPattern("Index Cond: .*lower\\(email\\)");
  }

  @Test
  void theFunctionsOfSearchAndLookupAreLeakproofSoThatPoliciesLetThemUseIndexes() {
    // On a firm of a few rows the planner prefers other plans whatever we allow; infra/bench/search
    // shows the
    // trigram index and the other emails' index at a million rows. Here: what lets the planner use
    // them at all.
    var leakproof =
        jdbc.sql(
                """
            select p.proname || '=' || p.proleakproof from pg_proc p
            where p.oid in ('pg_catalog.lower(text)'::regprocedure, 'pg_catalog.textlike(text,text)'::regprocedure,
                            'steward_email_keys(jsonb)'::regprocedure,
                            'pg_catalog.arrayoverlap(anyarray,anyarray)'::regprocedure)
            order by 1""")
            .query(String.class)
            .list();
    assertThat(leakproof)
        .containsExactly(
            "arrayoverlap=true", "lower=true", "steward_email_keys=true", "textlike=true");
  }
}
