import com.github.pjfanning.xlsx.StreamingReader;
import dev.steward.spreadsheets.read.ReadLimits;
import dev.steward.spreadsheets.read.SheetReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The import benchmark: generates contact lists (CSV and xlsx), races the xlsx readers, imports each file end to end
 * through the running service (built jar, -Xmx512m), and measures in the same run the floor ({@code psql \copy} of
 * the same rows into a table with the contacts table's indexes) and a naive baseline (XSSFWorkbook plus one INSERT
 * per row, as JPA saveAll without batching does). Prints one block with the ratios.
 */
public class ImportBench {

  static final String[] HEADER = {"First Name", "Last Name", "Company", "Job Title", "E-mail Address",
      "E-mail 2 Address",
      "Business Phone", "Business Street", "Business City", "Business State", "Business Postal Code",
      "Business Country/Region", "Notes"};
  static final String FLOOR_COLUMNS = "first_name, last_name, company_name, job_title, email, other_emails, phone,"
      + " address_line1,"
      + " city, region, postal_code, country, notes";
  static final String[] FIRST = {"James", "Mary", "José", "Zoë", "Søren", "Amélie", "Jürgen", "Chloé", "Ørjan",
      "François", "Ana", "Łukasz", "Noémie", "Björn", "Inès", "Mateo", "Grace", "Ada", "Alan", "Olivia", "Liam",
      "Émile", "Siobhán", "Dagný", "Renée", "Mohammed", "Wei", "Priya", "Yuki", "Kofi"};
  static final String[] LAST = {"Smith", "García", "Müller", "O'Brien", "Nguyễn", "Dubois", "Kowalski", "Hansen",
      "Rossi", "Fernández", "Öztürk", "Johansson", "Brown", "Lovelace", "Hopper", "Turing", "Weiß", "Ødegaard",
      "Martín", "Kim", "Patel", "Okafor", "Sato", "Novák", "Lefèvre", "Nakamura", "Silva", "Jensen", "Wilson", "Chen"};
  static final String[] COMPANY = {"Northwind Traders", "Contoso Ltd", "Fabrikam, Inc.", "Adventure Works",
      "Müller & Söhne GmbH", "Tailspin Toys", "Wide World Importers", "Litware", "Proseware", "Coho Winery"};
  static final String[] CITY = {"Springfield", "Portland", "Austin", "Boston", "Denver", "Madison", "Salem",
      "Franklin", "Clinton", "Georgetown"};
  static final String[] STATE = {"IL", "OR", "TX", "MA", "CO", "WI", "NH", "TN", "NY", "DC"};
  static final int[] AREA = {202, 212, 213, 305, 312, 415, 512, 617, 718, 917, 303, 206};

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(100_000, 1_000_000);
    int naiveMax = 100_000;
    int runs = 0;
    List<String> kinds = List.of("csv", "xlsx");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "steward-bench-import");
    Path jar = Path.of("service/target/steward.jar");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--naive-max" -> naiveMax = Integer.parseInt(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--files" -> kinds = Arrays.stream(args[++i].split(",")).map(String::trim).toList();
        default -> throw new IllegalArgumentException("Unknown option " + args[i]
            + " (use --rows 100000,1000000 --files csv,xlsx --runs N --naive-max N --work DIR --jar PATH)");
      }
    }
    Files.createDirectories(work);
    var report = new StringBuilder();
    report.append("== Steward import benchmark ==\n");
    report.append("machine: nproc=").append(Runtime.getRuntime().availableProcessors()).append(", memory=")
        .append(memoryGiB()).append(" GiB, java ").append(System.getProperty("java.version"))
        .append("; service: built jar, -Xmx512m, embedded PostgreSQL 17\n");

    var files = new ArrayList<Path[]>();
    for (int n : sizes) {
      long t = System.nanoTime();
      files.add(generate(work, n));
      System.err.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", n, secs(t));
    }

    // The readers race on the largest size up to 100,000 rows; three readers three times at a million take too long.
    int raceIndex = -1;
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) <= 100_000) {
        raceIndex = i;
      }
    }
    if (raceIndex >= 0) {
      report.append(readerRace(files.get(raceIndex)[1], sizes.get(raceIndex)));
    }

    try (var service = Service.start(jar, work.resolve("data-" + UUID.randomUUID()))) {
      report.append(String.format(Locale.ROOT, "%9s %5s %10s %9s %9s %8s %7s %8s %9s %8s%n", "rows", "file",
          "service_s", "upload_s", "commit_s", "floor_s", "ratio", "target", "naive_s", "naive_x"));
      for (int i = 0; i < sizes.size(); i++) {
        int n = sizes.get(i);
        int repeat = runs > 0 ? runs : n <= 100_000 ? 3 : 1;
        Path[] f = files.get(i);
        double floor = median(repeat, () -> service.floor(f[2]));
        double naive = n <= naiveMax ? median(1, () -> service.naive(f[1])) : Double.NaN;
        for (int k = 0; k < 2; k++) {
          if (!kinds.contains(k == 0 ? "csv" : "xlsx")) {
            continue;
          }
          Path file = f[k];
          double[][] e2e = new double[repeat][];
          for (int r = 0; r < repeat; r++) {
            e2e[r] = service.importFile(file);
          }
          Arrays.sort(e2e, (a, b) -> Double.compare(a[0], b[0]));
          double[] mid = e2e[repeat / 2];
          report.append(String.format(Locale.ROOT, "%9d %5s %10.1f %9.1f %9.1f %8.1f %6.2fx %8s %9s %8s%n", n,
              k == 0 ? "csv" : "xlsx", mid[0], mid[1], mid[2], floor, mid[0] / floor, k == 0 ? "<=3x" : "<=5x",
              Double.isNaN(naive) ? "skipped" : String.format(Locale.ROOT, "%.1f", naive),
              Double.isNaN(naive) || k == 0 ? "-" : String.format(Locale.ROOT, "%.1fx", naive / floor)));
          System.err.print(report.substring(report.lastIndexOf("\n", report.length() - 2) + 1));
        }
      }
      report.append("service: end to end = upload (read, map, validate, preview) + commit (match, upsert, one"
          + " transaction); peak heap limit 512 MB; imported ").append(service.lastCount).append(" contacts last.\n");
    }
    report.append("floor: psql \\copy of the same distinct rows into a table with the contacts indexes (primary key,"
        + " unique (tenant, id), unique lower(email), other emails' keys, trigram search_text, name, trash; not its foreign keys); naive: XSSFWorkbook + one INSERT per row in one transaction"
        + (sizes.stream().anyMatch(s -> s > 100_000) ? " (only up to --naive-max rows: it holds the whole workbook"
        + " in memory)" : "") + ".\n");
    System.out.print(report);
  }

  // --- Data

  /** CSV and xlsx of {@code n} rows, plus the floor's CSV of the same rows without repeats and invalid ones. */
  static Path[] generate(Path work, int n) throws IOException {
    // "-2": the files since a fifth of the rows carry a second email (older kept files are not reused)
    Path csv = work.resolve("contacts-" + n + "-2.csv");
    // Named for its shared-strings table: Excel keeps every text cell there, as this file does.
    Path xlsx = work.resolve("contacts-" + n + "-2-shared-strings.xlsx");
    Path floor = work.resolve("floor-" + n + "-2.csv");
    if (Files.exists(csv) && Files.exists(xlsx) && Files.exists(floor)) {
      return new Path[] {csv, xlsx, floor};
    }
    var random = new Random(20_260_101L + n);
    var emails = new ArrayList<String>();
    try (BufferedWriter out = Files.newBufferedWriter(csv); BufferedWriter floorOut = Files.newBufferedWriter(floor);
        var workbook = new SXSSFWorkbook(null, 1000, true, true)) {
      var sheet = workbook.createSheet("Contacts");
      var header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      out.write(csvLine(HEADER));
      floorOut.write(FLOOR_COLUMNS.replace(" ", "") + "\n");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String[] row = row(random, i, emails);
        out.write(csvLine(row));
        var xrow = sheet.createRow(i + 1);
        for (int c = 0; c < row.length; c++) {
          if (!row[c].isEmpty()) {
            if (c == PHONE && random.nextInt(4) == 0) {
              // Some sheets hold phone numbers as numbers.
              xrow.createCell(c).setCellValue(Double.parseDouble(row[c].replaceAll("[^0-9]", "")));
            } else {
              xrow.createCell(c).setCellValue(row[c]);
            }
          }
        }
        String email = row[4].toLowerCase(Locale.ROOT);
        if (email.contains("@") && !email.contains("@@") && seen.add(email)) {
          String[] floorRow = row.clone();
          floorRow[SECOND_EMAIL] = otherEmails(row[SECOND_EMAIL]);
          floorOut.write(csvLine(floorRow));
        }
      }
      try (var xout = Files.newOutputStream(xlsx)) {
        workbook.write(xout);
      }
      workbook.dispose();
    }
    return new Path[] {csv, xlsx, floor};
  }

  static String[] row(Random random, int i, List<String> emails) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    int kind = random.nextInt(100);
    String company = random.nextInt(10) < 7 ? COMPANY[random.nextInt(COMPANY.length)] : "";
    String email;
    if (kind < 2 && !emails.isEmpty()) {
      // A contact entered twice, as real exports have: same email, other case.
      email = emails.get(random.nextInt(emails.size())).toUpperCase(Locale.ROOT);
    } else if (kind == 2) {
      email = ascii(first) + "@@broken";
    } else {
      email = ascii(first) + "." + ascii(last) + "." + i + "@" + (company.isEmpty() ? "mail.example"
          : ascii(company.split("[ ,&]")[0]) + ".example");
      if (emails.size() < 10_000) {
        emails.add(email);
      }
    }
    if (kind >= 3 && kind < 6) {
      first = "";
      last = "";
      company = company.isEmpty() ? COMPANY[random.nextInt(COMPANY.length)] + " " + i : company + " " + i;
    } else if (kind == 6) {
      company = "Estate of " + FIRST[random.nextInt(FIRST.length)] + " " + last;
      first = "";
      last = "";
    }
    // A fifth of the rows have a second address, as Outlook's "E-mail 2 Address" column holds it.
    String second = random.nextInt(5) == 0 && email.contains(".example")
        ? ascii(first.isEmpty() ? "office" : first) + "." + i + "@home.example" : "";
    String phone = random.nextInt(20) == 0 ? "" : String.format(Locale.ROOT, "(%d) %03d-%04d",
        AREA[random.nextInt(AREA.length)], 200 + random.nextInt(700), random.nextInt(10_000));
    int place = random.nextInt(CITY.length);
    String notes = random.nextInt(5) == 0 ? "Met at \"Client day\", follow up; prefers email" : "";
    return new String[] {first, last, company, random.nextInt(3) == 0 ? "Partner" : "", email, second, phone,
        (1 + random.nextInt(999)) + " Main St", CITY[place], STATE[place], String.format(Locale.ROOT, "%05d",
        10_000 + random.nextInt(89_999)), "United States", notes};
  }

  static final int SECOND_EMAIL = 5;
  static final int PHONE = 6;

  /** The floor's other_emails value for a second address, as the contacts table keeps it. */
  static String otherEmails(String address) {
    return address.isEmpty() ? "[]" : "[{\"address\": \"" + address + "\", \"label\": \"other\"}]";
  }

  static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
        .toLowerCase(Locale.ROOT);
  }

  static String csvLine(String[] cells) {
    var line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      String v = cells[c];
      if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
        line.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        line.append(v);
      }
    }
    return line.append('\n').toString();
  }

  // --- Reader race

  static String readerRace(Path xlsx, int n) throws Exception {
    var poi = median(3, () -> time(() -> {
      long[] cells = {0};
      SheetReader.read(xlsx, "contacts.xlsx", (r, row) -> cells[0] += row.size(), ReadLimits.DEFAULT);
      return cells[0];
    }));
    var streaming = median(3, () -> time(() -> {
      long cells = 0;
      var formatter = new DataFormatter();
      try (var workbook = StreamingReader.builder().rowCacheSize(1000).bufferSize(1 << 16).open(xlsx.toFile())) {
        for (var row : workbook.getSheetAt(0)) {
          for (var cell : row) {
            formatter.formatCellValue(cell);
            cells++;
          }
        }
      }
      return cells;
    }));
    var fastexcel = median(3, () -> time(() -> {
      long cells = 0;
      try (InputStream in = Files.newInputStream(xlsx); var workbook = new ReadableWorkbook(in);
          var rows = workbook.getFirstSheet().openStream()) {
        for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
          for (int c = 0; c < row.getCellCount(); c++) {
            row.getCellText(c);
            cells++;
          }
        }
      }
      return cells;
    }));
    return String.format(Locale.ROOT, "xlsx readers, %,d rows (median of 3): POI event API %.2f s;"
        + " excel-streaming-reader %.2f s; fastexcel-reader %.2f s%n", n, poi, streaming, fastexcel);
  }

  interface Work {
    Object run() throws Exception;
  }

  static double time(Work work) throws Exception {
    long t = System.nanoTime();
    work.run();
    return secs(t);
  }

  interface Measure {
    double get() throws Exception;
  }

  static double median(int runs, Measure measure) throws Exception {
    double[] values = new double[runs];
    for (int i = 0; i < runs; i++) {
      values[i] = measure.get();
    }
    Arrays.sort(values);
    return values[runs / 2];
  }

  static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  static long memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  // --- The service under test, and its database

  static final class Service implements AutoCloseable {

    static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");
    static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");

    final Process process;
    final int port;
    final int dbPort;
    final String token;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long lastCount;

    Path dataDir;

    Service(Process process, int port, int dbPort, String token) {
      this.process = process;
      this.port = port;
      this.dbPort = dbPort;
      this.token = token;
    }

    static Service start(Path jar, Path dataDir) throws Exception {
      if (!Files.exists(jar)) {
        throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B -DskipTests package)");
      }
      int port = freePort();
      int dbPort = freePort();
      String email = "importer@steward.example";
      String password = "Quiet-Harbour-Lantern-" + UUID.randomUUID().toString().substring(0, 8);
      var builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString())
          .redirectErrorStream(true)
          .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
      var env = builder.environment();
      env.put("STEWARD_DATA_DIR", dataDir.toString());
      env.put("STEWARD_PORT", String.valueOf(port));
      env.put("STEWARD_DB_EMBEDDED_PORT", String.valueOf(dbPort));
      env.put("STEWARD_ADMIN_EMAIL", email);
      env.put("STEWARD_ADMIN_PASSWORD", password);
      env.put("STEWARD_UPLOAD_MAX_FILE_SIZE", "1GB");
      env.put("STEWARD_AUTH_REQUESTS_PER_MINUTE", "100000");
      Files.createDirectories(dataDir);
      var process = builder.start();
      var http = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The service stopped; see " + dataDir + ".log");
        }
        try {
          var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
              .build(), HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          // Still starting.
        }
        if (System.nanoTime() > deadline) {
          process.destroy();
          throw new IllegalStateException("The service did not become healthy within 180 s");
        }
        Thread.sleep(500);
      }
      var login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      var token = TOKEN.matcher(login.body());
      if (!token.find()) {
        throw new IllegalStateException("Sign-in failed: " + login.body());
      }
      var service = new Service(process, port, dbPort, token.group(1));
      service.dataDir = dataDir;
      service.psql("""
          drop table if exists bench_floor;
          create table bench_floor (
            id uuid primary key default gen_random_uuid(),
            tenant_id uuid not null default '00000000-0000-0000-0000-000000000001',
            type text not null default 'individual',
            first_name text, last_name text, company_name text, job_title text, email text,
            other_emails jsonb not null default '[]', phone text,
            address_line1 text, address_line2 text, city text, region text, postal_code text, country text,
            notes text, custom_fields jsonb not null default '{}', created_at timestamptz not null default now(),
            updated_at timestamptz not null default now(), deleted_at timestamptz, version bigint not null default 0,
            display_name text generated always as (case when type = 'individual'
              then btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) else coalesce(company_name, '')
              end) stored,
            search_text text generated always as (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')
              || ' ' || coalesce(company_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))
              || ' ' || steward_other_contact_text(other_emails, '[]'::jsonb)) stored,
            unique (tenant_id, id));
          create unique index on bench_floor (tenant_id, lower(email)) where deleted_at is null;
          create index on bench_floor using gin (search_text gin_trgm_ops);
          create index on bench_floor (tenant_id, display_name, id) where deleted_at is null;
          create index on bench_floor (tenant_id, deleted_at) where deleted_at is not null;
          create index on bench_floor using gin (steward_email_keys(other_emails))
            where deleted_at is null and other_emails <> '[]'::jsonb;
          """);
      return service;
    }

    /** The embedded database's password file (PostgreSQL's .pgpass format), made by the service at first start. */
    Path passwordFile() {
      return dataDir.resolve("postgres.pgpass");
    }

    String superuserPassword() throws IOException {
      return Files.readAllLines(passwordFile()).stream()
          .filter(line -> line.startsWith("*:*:*:postgres:"))
          .map(line -> line.substring("*:*:*:postgres:".length()))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No superuser password in " + passwordFile()));
    }

    void psql(String sql) throws Exception {
      var builder = new ProcessBuilder("psql", "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
          String.valueOf(dbPort), "-U", "postgres", "-d", "steward", "-c", sql)
          .redirectErrorStream(true);
      builder.environment().put("PGPASSFILE", passwordFile().toString());
      var process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("psql failed: " + output);
      }
    }

    /** The floor: \copy of the rows into the equivalent table, from empty. */
    double floor(Path rows) throws Exception {
      psql("truncate bench_floor");
      psql("checkpoint");
      long t = System.nanoTime();
      psql("\\copy bench_floor (" + FLOOR_COLUMNS + ") from '" + rows.toAbsolutePath()
          + "' with (format csv, header true)");
      return secs(t);
    }

    /** The naive baseline: the whole workbook in memory, then one INSERT per row in one transaction. */
    double naive(Path xlsx) throws Exception {
      psql("truncate bench_floor");
      long t = System.nanoTime();
      try (var workbook = new XSSFWorkbook(xlsx.toFile());
          var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/steward",
              "postgres", superuserPassword())) {
        connection.setAutoCommit(false);
        var formatter = new DataFormatter();
        try (var insert = connection.prepareStatement("insert into bench_floor (" + FLOOR_COLUMNS
            + ") values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
          var sheet = workbook.getSheetAt(0);
          for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            for (int c = 0; c < HEADER.length; c++) {
              String value = row == null ? "" : formatter.formatCellValue(row.getCell(c));
              insert.setString(c + 1, c == SECOND_EMAIL ? otherEmails(value) : value.isEmpty() ? null : value);
            }
            insert.executeUpdate();
          }
        }
        connection.commit();
      }
      return secs(t);
    }

    /** Imports a file from an empty CRM; returns {total, upload, commit} seconds. */
    double[] importFile(Path file) throws Exception {
      psql("truncate contacts, import_jobs, sheet_links cascade");
      psql("checkpoint");
      String boundary = "bench" + UUID.randomUUID();
      var body = HttpRequest.BodyPublishers.concat(
          HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
              + " filename=\"" + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
          HttpRequest.BodyPublishers.ofFile(file),
          HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
      long t0 = System.nanoTime();
      var upload = send(HttpRequest.newBuilder(api("/api/imports"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
      if (upload.statusCode() != 201) {
        throw new IllegalStateException("Upload gave " + upload.statusCode() + ": " + upload.body());
      }
      var idMatch = ID.matcher(upload.body());
      idMatch.find();
      String id = idMatch.group(1);
      double uploadSecs = secs(t0);
      long t1 = System.nanoTime();
      var commit = send(HttpRequest.newBuilder(api("/api/imports/" + id + "/commit"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      if (commit.statusCode() != 202) {
        throw new IllegalStateException("Commit gave " + commit.statusCode() + ": " + commit.body());
      }
      while (true) {
        Thread.sleep(200);
        var job = send(HttpRequest.newBuilder(api("/api/imports/" + id)).GET());
        var status = STATUS.matcher(job.body());
        status.find();
        if (status.group(1).equals("committed")) {
          var created = CREATED.matcher(job.body());
          lastCount = created.find() ? Long.parseLong(created.group(1)) : -1;
          break;
        }
        if (!status.group(1).equals("committing")) {
          throw new IllegalStateException("Import ended " + status.group(1) + ": " + job.body());
        }
      }
      return new double[] {secs(t0), uploadSecs, secs(t1)};
    }

    URI api(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
      try (var socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      // A million-row run leaves gigabytes of database behind; the log next to it is kept.
      if (dataDir != null && Files.isDirectory(dataDir)) {
        try (var paths = Files.walk(dataDir)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }
}
