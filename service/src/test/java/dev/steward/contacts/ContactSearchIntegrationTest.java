package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person typing into the search box gets: accents folded, word starts first, phones as
 * typed, capped counts.
 */
class ContactSearchIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void foldsAccentsBothWays() throws Exception {
    individual("José", "Müller", "jose@example.com");
    individual("Søren", "Ødegaard", null);
    individual("Łukasz", "Wałęsa", null);
    individual("Zoë", "Ó Briain", null);
    individual("Jane", "Muller", null);

    assertThat(names("muller")).containsExactly("Jane Muller", "José Müller");
    assertThat(names("MÜLLER")).containsExactly("Jane Muller", "José Müller");
    assertThat(names("jose m")).containsExactly("José Müller");
    assertThat(names("soren odeg")).containsExactly("Søren Ødegaard");
    assertThat(names("lukasz")).containsExactly("Łukasz Wałęsa");
    assertThat(names("zoe o bri")).containsExactly("Zoë Ó Briain");
  }

  @Test
  void putsMatchesThatStartAWordBeforeTheRestEachByName() throws Exception {
    individual("Joanne", "Baker", null);
    individual("Zed", "Annesley", null);
    individual("Annette", "Cole", null);
    individual("Kim", "Lo", "kim@annex.example");
    individual("Anne", "Archer", null);
    individual("Bob", "Carr", "bob.mcdonnell@example.com");

    assertThat(names("anne"))
        .containsExactly(
            "Anne Archer",
            "Annette Cole",
            "Kim Lo",
            "Zed Annesley", // a name, or a word of the address, starts with it
            "Joanne Baker"); // contains it
    assertThat(names("nnel")).containsExactly("Bob Carr");
  }

  @Test
  void findsAPhoneTypedWithSpacesBracketsOrATrunkZero() throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","phone":"+44 20 7946 0958"}""");
    individual("Alan", "Turing", null);
    for (String typed :
        List.of("020 7946 0958", "(020) 7946-0958", "+44 20 7946 0958", "7946 0958", "79460958")) {
      List<String> found = Api.read(search(typed, 0), "$.items[*].id");
      assertThat(found).as("'%s'", typed).containsExactly(ada.toString());
    }
  }

  @Test
  void aTermMatchingNoneFindsNone() throws Exception {
    individual("Ada", "Lovelace", null);
    search("zzqx", 0).andExpect(status().isOk());
    assertThat(Api.<Integer>read(search("zzqx", 0), "$.totalElements")).isZero();
    assertThat(Api.<List<String>>read(search("zzqx", 0), "$.items")).isEmpty();
  }

  @Test
  void aTermMatchingAHundredThousandContactsPagesInOrderAndCountsToTheCap() throws Exception {
    // 500 start a word with "quin" and 1,200 with "smither"; the other 98,300 contain both inside a
    // word.
    var write = new TransactionTemplate(transactionManager);
    CurrentTenant.runAs(
        firm,
        () ->
            write.executeWithoutResult(
                status ->
                    jdbc.sql(
                            """
            insert into contacts (id, tenant_id, type, first_name, last_name, company_name)
            select gen_random_uuid(), :tenant,
                   case when i <= 1700 then 'individual' else 'business' end,
                   case when i <= 500 then 'Quinlan' when i <= 1700 then 'Ann' end,
                   case when i <= 500 then 'Row' || lpad(i::text, 6, '0')
                        when i <= 1700 then 'Smithers' || lpad(i::text, 6, '0') end,
                   case when i > 1700 then 'Tranquin Goldsmithers ' || lpad(i::text, 6, '0') end
            from generate_series(1, 100000) i""")
                        .param("tenant", firm)
                        .update()));

    var first = search("quin", 0);
    assertThat(Api.<Integer>read(first, "$.totalElements")).isEqualTo(1000);
    assertThat(Api.<Boolean>read(first, "$.totalCapped")).isTrue();
    assertThat(page("quin", 0)).first().isEqualTo("Quinlan Row000001");
    // Word starts gathered (500 of them), then the rest walked in name order.
    assertThat(page("quin", 9)).containsExactlyElementsOf(range("Quinlan Row", 451, 500));
    assertThat(page("quin", 10))
        .containsExactlyElementsOf(range("Tranquin Goldsmithers ", 1701, 1750));

    // Word starts past the cap (1,200 of them) are walked in name order too.
    assertThat(page("smither", 0)).containsExactlyElementsOf(range("Ann Smithers", 501, 550));
    assertThat(page("smither", 23)).containsExactlyElementsOf(range("Ann Smithers", 1651, 1700));
    assertThat(page("smither", 24))
        .containsExactlyElementsOf(range("Tranquin Goldsmithers ", 1701, 1750));
    assertThat(page("smither", 30))
        .containsExactlyElementsOf(range("Tranquin Goldsmithers ", 2001, 2050));
  }

  @Test
  void aCommonTermLateInNameOrderIsGatheredWhenTheWalkRunsOut() throws Exception {
    // 1,100 people called Zuzanna sort after 60,000 others: walking the names from the start would
    // read every one of those before the first match, so the walk gives up and the matches are
    // gathered.
    var write = new TransactionTemplate(transactionManager);
    CurrentTenant.runAs(
        firm,
        () ->
            write.executeWithoutResult(
                status ->
                    jdbc.sql(
                            """
            insert into contacts (id, tenant_id, type, first_name, last_name)
            select gen_random_uuid(), :tenant, 'individual',
                   case when i <= 60000 then 'Abel' else 'Zuzanna' end,
                   case when i <= 60000 then 'Early' || lpad(i::text, 6, '0')
                        else 'Late' || lpad(i::text, 6, '0') end
            from generate_series(1, 61100) i""")
                        .param("tenant", firm)
                        .update()));

    var first = search("zuzann", 0);
    assertThat(Api.<Integer>read(first, "$.totalElements")).isEqualTo(1000);
    assertThat(Api.<Boolean>read(first, "$.totalCapped")).isTrue();
    assertThat(page("zuzann", 0)).containsExactlyElementsOf(range("Zuzanna Late", 60001, 60050));
    assertThat(page("zuzann", 21)).containsExactlyElementsOf(range("Zuzanna Late", 61051, 61100));
    // The Abels' page is walked as before.
    assertThat(page("abel", 0)).containsExactlyElementsOf(range("Abel Early", 1, 50));
  }

  private List<String> names(String q) throws Exception {
    return Api.read(search(q, 0), "$.items[*].displayName");
  }

  private List<String> page(String q, int page) throws Exception {
    return Api.read(search(q, page), "$.items[*].displayName");
  }

  private ResultActions search(String q, int page) throws Exception {
    return api.perform(
            get("/api/contacts")
                .param("q", q)
                .param("page", String.valueOf(page))
                .param("size", "50"))
        .andExpect(status().isOk());
  }

  private static List<String> range(String prefix, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + "%06d".formatted(i)).toList();
  }

  private void individual(String first, String last, String email) throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"%s"%s}"""
            .formatted(first, last, email == null ? "" : ",\"email\":\"" + email + "\""));
  }
}
