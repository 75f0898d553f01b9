package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pjfanning.xlsx.StreamingReader;
import dev.steward.IntegrationTest;
import dev.steward.platform.export.Downloads;
import dev.steward.tenancy.CurrentTenant;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 50,000 contacts exported as xlsx and as CSV in a JVM held to the service's heap of 512 MB (tag
 * "small-heap", its own surefire execution): the rows stream from PostgreSQL in batches and into
 * SXSSF's window, so neither export needs the whole list in memory. A writer that held every row
 * would run out of heap here.
 */
@Tag("small-heap")
class ContactExportHeapIntegrationTest extends IntegrationTest {

  static final int CONTACTS = 50_000;

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void exportsFiftyThousandContactsAsXlsxAndCsvInA512MbHeap() throws Exception {
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .executeWithoutResult(
                    status ->
                        jdbc.sql(
                                """
                insert into contacts (id, tenant_id, type, first_name, last_name, company_name, job_title, email,
                                      phone, address_line1, city, postal_code, country, notes)
                select gen_random_uuid(), ?, 'individual',
                       case when n % 10 = 0 then '=HYPERLINK("http://x","y")' else 'First' || n end,
                       'Last' || n, 'Company ' || (n % 500), 'Partner', 'person' || n || '@example.com',
                       '+4420794' || lpad(n::text, 5, '0'), n || ' High Street', 'London', 'EC1A 1BB',
                       'United Kingdom', repeat('A note about this contact. ', 8)
                from generate_series(1, ?) n""")
                            .params(firm, CONTACTS)
                            .update()));

    long maxHeap = Runtime.getRuntime().maxMemory();
    assertThat(maxHeap).as("this test runs at -Xmx512m").isLessThanOrEqualTo(512L * 1024 * 1024);

    long start = System.nanoTime();
    var xlsx = Downloads.get(mvc, api, "/api/contacts/export.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    long xlsxMillis = (System.nanoTime() - start) / 1_000_000;
    int rows = 0;
    int formulaNames = 0;
    try (var workbook =
        StreamingReader.builder().rowCacheSize(200).open(new ByteArrayInputStream(xlsx.body()))) {
      for (var row : workbook.getSheetAt(0)) {
        rows++;
        var first = row.getCell(2);
        if (first != null && first.getStringCellValue().startsWith("=")) {
          formulaNames++;
        }
      }
    }
    assertThat(rows).isEqualTo(CONTACTS + 1);
    assertThat(formulaNames).isEqualTo(CONTACTS / 10);

    start = System.nanoTime();
    var csv = Downloads.get(mvc, api, "/api/contacts/export.csv");
    assertThat(csv.status()).isEqualTo(200);
    long csvMillis = (System.nanoTime() - start) / 1_000_000;
    long records = csv.csvText().lines().count();
    assertThat(records).isEqualTo(CONTACTS + 1);

    System.out.printf(
        "Exported %,d contacts in a %d MB heap: xlsx %,d bytes in %,d ms, csv %,d bytes in %,d ms%n",
        CONTACTS, maxHeap >> 20, xlsx.body().length, xlsxMillis, csv.body().length, csvMillis);
  }
}
