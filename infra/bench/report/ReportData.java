import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * A campaign of N members for the report benchmark, generated from a fixed seed: contacts.csv and members.csv for
 * {@code \copy}. About 80% individuals, 15% businesses and 5% estates; names with accents, a few that look like
 * formulas; 15% without an email, 20% without a phone; 40% of members pending, the others responded, converted or
 * not interested between 0 and 60 days after the send date, recorded by hand, from Outlook, the mailbox or an import.
 *
 * <pre>java ReportData.java &lt;members&gt; &lt;tenant-id&gt; &lt;campaign-id&gt; &lt;send-date&gt; &lt;out-dir&gt;</pre>
 */
public class ReportData {

  private static final String[] FIRST = {"José", "Zoë", "Anna", "Björn", "Chloé", "David", "Émile", "Fatima", "Grace",
      "Hiroshi", "Inès", "Jürgen", "Kofi", "Łucja", "Mary", "Niamh", "Olivia", "Pádraig", "Quentin", "Ravi", "Siân",
      "Thomas", "Uma", "Václav", "Wen", "Xavier", "Yusuf", "Zainab", "John", "Sarah"};
  private static final String[] LAST = {"Müller", "Ó Briain", "Nguyễn", "García", "Smith", "Jones", "Kowalski",
      "Dubois", "Rossi", "Andersson", "Okafor", "Tanaka", "Brown", "Williams", "Taylor", "O'Neill", "Hernández",
      "Novák", "Lefèvre", "Schäfer"};
  private static final String[] FIRMS = {"Harbour Trust", "Oakfield Partners", "Meridian & Co", "Birch Holdings",
      "Lantern Advisory", "=SUM(A1:A9)", "Quayside Estates", "-Northwind", "@Acme Ltd", "Copper Kettle Ltd"};
  private static final String[] CITIES = {"Bath", "York", "Cork", "Zürich", "Lyon", "", "Leeds", "Galway"};
  private static final String[] VIA = {"manual", "outlook", "mailbox", "import"};

  public static void main(String[] args) throws IOException {
    int members = Integer.parseInt(args[0]);
    String tenant = args[1];
    String campaign = args[2];
    LocalDate sendDate = LocalDate.parse(args[3]);
    Path out = Path.of(args[4]);
    var random = new Random(20261205L);
    Instant added = sendDate.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400);
    try (BufferedWriter contacts = Files.newBufferedWriter(out.resolve("contacts.csv"), StandardCharsets.UTF_8);
        BufferedWriter rows = Files.newBufferedWriter(out.resolve("members.csv"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < members; i++) {
        UUID contact = new UUID(0x5EEDL, i);
        int kind = random.nextInt(100);
        String type = kind < 80 ? "individual" : kind < 95 ? "business" : "estate";
        String first = type.equals("individual") ? FIRST[random.nextInt(FIRST.length)] : "";
        String last = type.equals("individual") ? LAST[random.nextInt(LAST.length)] : "";
        String company = switch (type) {
          case "business" -> FIRMS[random.nextInt(FIRMS.length)];
          case "estate" -> "Estate of " + FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
          default -> random.nextInt(100) < 30 ? FIRMS[random.nextInt(FIRMS.length)] : "";
        };
        String email = random.nextInt(100) < 15 ? "" : "member" + i + "@example.com";
        String phone = random.nextInt(100) < 20 ? "" : String.format("+4420794%05d", i % 100_000);
        String city = CITIES[random.nextInt(CITIES.length)];
        contacts.write(String.join(",", contact.toString(), tenant, type, csv(first), csv(last), csv(company),
            csv(email), csv(phone), csv(city)));
        contacts.newLine();

        int outcome = random.nextInt(100);
        String status = outcome < 40 ? "pending" : outcome < 70 ? "responded" : outcome < 85 ? "converted"
            : "not_interested";
        String responded = "";
        String via = "";
        if (!status.equals("pending")) {
          responded = sendDate.atStartOfDay(ZoneOffset.UTC).toInstant()
              .plusSeconds((long) random.nextInt(60) * 86_400 + random.nextInt(86_400)).toString();
          via = VIA[random.nextInt(VIA.length)];
        }
        rows.write(String.join(",", new UUID(0xCA11L, i).toString(), tenant, campaign, contact.toString(), status,
            responded, via, added.toString()));
        rows.newLine();
      }
    }
  }

  private static String csv(String value) {
    if (value.isEmpty()) {
      return "";
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
