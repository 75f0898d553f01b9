import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Deterministic contacts for the search benchmark, and the fixed samples it measures.
 *
 * <p>{@code java SearchData.java <contacts> <tenant-uuid> <sample-dir> [lookups] [searches]} writes the contacts as
 * CSV on stdout, in the column order of {@link #COPY_COLUMNS}, for {@code \copy contacts (...) from stdin csv}. Into
 * the sample folder it writes, one line each (tab-separated where there is more than one field):
 *
 * <ul>
 *   <li>{@code lookup-warmup.tsv}, {@code lookup.tsv}: email as a user would send it, and 1 when a live contact has it;
 *   <li>{@code search-warmup.txt}, {@code search.txt}: the q term as typed;
 *   <li>{@code lookup.sql}: the SQL the service runs for each lookup, values inlined, one statement a line;
 *   <li>{@code search-floor.sql}: each search's physical floor, its first 50 trigram matches in no order, uncounted;
 *   <li>{@code search-probe.sql}: for each search, its total counted to one past the cap;
 *   <li>{@code search-walk.sql}: the walk in name order that a common term's first page takes, for its plan.
 * </ul>
 *
 * The SQL mirrors ContactSearch in the service: the same tenant filter, live-only filter, the primary email or the
 * other emails' keys, search_text like steward_fold(term) with its escapes (and the digit variants of a phone-like
 * query). One contact in five has a second email, and half the lookups of such a contact use it.
 */
public class SearchData {

  static final String COPY_COLUMNS = "id, tenant_id, type, first_name, last_name, company_name, job_title, email, phone, "
      + "address_line1, city, region, postal_code, country, created_at, updated_at, deleted_at, other_emails";

  static final long SEED = 0x5EED_2024_C0FFEEL;
  static final int PAGE_SIZE = 50;
  static final int COUNT_CAP = 1_000;

  private static final String COLUMNS = "c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, "
      + "c.job_title, c.email, c.phone, steward_email_keys(c.other_emails) as other_emails, c.city, c.updated_at, "
      + "c.version, "
      + "array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id = c.id "
      + "order by lower(t.name)) as tags";
  private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d\\s().-]+$");

  // Common names first: picks are skewed towards the head of each list, as in a real address book.
  static final String[] FIRST = {
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David",
    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy",
    "Matthew", "Lisa", "Anthony", "Margaret", "Mark", "Sandra", "José", "María", "Zoë", "Chloé", "Renée", "François",
    "Søren", "Björn", "Łukasz", "Siobhán", "Seán", "Aoife", "Jürgen", "Noël", "Élodie", "Inés", "Ángel", "Sinéad",
    "Nuala", "Pádraig", "Róisín", "Eoin", "Ciarán", "Órla", "Hélène", "Gaël", "Anaïs", "Léa", "Jérôme", "Thérèse",
    "Agnès", "Dominik", "Jörg", "Uwe", "Günther", "Käthe", "Mónica", "Lucía", "Andrés", "Joaquín", "Ramón", "Sofía",
    "João", "Conceição", "Gonçalo", "Małgorzata", "Paweł", "Wojciech", "Zofia", "Åsa", "Ingrid", "Øystein", "Lars",
    "Priya", "Aarav", "Wei", "Mei", "Hiroshi", "Yuki", "Olumide", "Chiamaka", "Kwame", "Amara", "Fatima", "Omar",
    "Ayşe", "Mehmet", "Dimitris", "Eleni", "Nikolai", "Katarzyna", "Emma", "Olivia", "Noah", "Liam", "Ava", "Sophia",
    "Isabella", "Mia", "Ethan", "Lucas", "Amelia", "Harper", "Evelyn", "Benjamin", "Henry", "Alexander", "Grace",
    "Jack", "Oliver", "Charlotte", "Ruth", "Frank", "Harold", "Dorothy", "Walter", "Beatrice", "Ann", "Kevin"
  };
  static final String[] LAST = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller", "Davis", "Rodríguez", "Martínez",
    "Hernández", "López", "González", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
    "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Torres", "Nguyễn", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
    "Murphy", "Kelly", "O'Brien", "Ó Briain", "Ní Dhomhnaill", "Mac Giolla Phádraig", "Ó Súilleabháin", "Walsh",
    "Byrne", "Ryan", "O'Connor", "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Meyer", "Wagner", "Becker",
    "Schäfer", "Koch", "Bauer", "Größ", "Hoffmann", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Mercier",
    "Bergström", "Løvland", "Åkesson", "Lindqvist", "Kowalski", "Wiśniewski", "Nowak", "Wójcik", "Kamiński",
    "Costa", "Gonçalves", "Conceição", "Patel", "Shah", "Singh", "Kumar", "Chen", "Wang", "Zhang", "Tanaka",
    "Yamamoto", "Okafor", "Adeyemi", "Mensah", "Yılmaz", "Öztürk", "Papadopoulos", "Ivanov", "Van der Berg",
    "De Vries", "Di Stefano", "Dell'Acqua", "Núñez", "Ibáñez", "Peña", "Çelik", "Székely", "Dvořák", "Novák"
  };
  // Syllables for the long tail of rarer surnames.
  static final String[] SYL_A = {
    "Hal", "Bren", "Cor", "Dun", "Ash", "Whit", "Mar", "Kel", "Thorn", "Al", "Fair", "Stan", "Rad", "Win", "Har",
    "Lind", "Ros", "Wes", "Gal", "Pen", "Ald", "Brad", "Carr", "Ell", "Fen", "Gar", "Hol", "Ives", "Jen", "Lam"
  };
  static final String[] SYL_B = {
    "ford", "wick", "ley", "ton", "by", "ridge", "mont", "sen", "ström", "berg", "mann", "ez", "ani", "ello", "ović",
    "ski", "ová", "aire", "ière", "combe", "worth", "field", "dale", "ham", "more", "stead", "holm", "land", "gate", "well"
  };
  static final String[] COMPANY_WORDS = {
    "Acme", "Northwind", "Summit", "Evergreen", "Bluewater", "Harbour", "Crestline", "Meridian", "Oakridge", "Pinnacle",
    "Riverside", "Silverline", "Keystone", "Lakeshore", "Granite", "Beacon", "Cedar", "Falcon", "Horizon", "Ironbridge",
    "Juniper", "Kingfisher", "Lighthouse", "Maple", "Nordlicht", "Orchard", "Pioneer", "Quarry", "Redwood", "Sterling",
    "Trident", "Union", "Vanguard", "Westbrook", "Zenith", "Ålesund", "Bäckerei", "Café Lumière", "Sólás", "Árbol"
  };
  static final String[] COMPANY_KINDS = {
    "Holdings", "Partners", "Consulting", "Group", "Logistics", "Dental", "Bakery", "Construction", "Capital",
    "Insurance", "Legal", "Accounting", "Properties", "Farms", "Foods", "Motors", "Design", "Health", "Trust", "Media"
  };
  static final String[] COMPANY_FORMS = {"LLC", "Ltd", "Inc.", "GmbH", "& Co.", "S.A.", "LLP", "Teoranta", "AB", ""};
  static final String[] FREE_MAIL = {
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "gmx.de", "web.de", "orange.fr",
    "eircom.net", "proton.me", "aol.com", "btinternet.com"
  };
  static final String[] TITLES = {
    "Director", "Owner", "Accountant", "Office Manager", "Partner", "CFO", "Solicitor", "Sales Manager", "Engineer",
    "Consultant", "Paralegal", "Administrator", "Teacher", "Nurse", "Retired"
  };
  static final String[][] PLACES = {
    {"US", "1", "New York", "NY", "212"}, {"US", "1", "Washington", "DC", "202"}, {"US", "1", "Boston", "MA", "617"},
    {"US", "1", "Chicago", "IL", "312"}, {"US", "1", "Austin", "TX", "512"}, {"US", "1", "Seattle", "WA", "206"},
    {"US", "1", "Miami", "FL", "305"}, {"US", "1", "Denver", "CO", "303"}, {"GB", "44", "London", "", "20"},
    {"GB", "44", "Manchester", "", "161"}, {"IE", "353", "Dublin", "", "1"}, {"IE", "353", "Galway", "", "91"},
    {"IE", "353", "Cork", "", "21"}, {"DE", "49", "Berlin", "", "30"}, {"DE", "49", "München", "Bayern", "89"},
    {"FR", "33", "Paris", "", "1"}, {"ES", "34", "Madrid", "", "91"}, {"SE", "46", "Göteborg", "", "31"}
  };
  static final String[] STREETS = {
    "Main Street", "Oak Avenue", "Hauptstraße", "Rue de la Paix", "Calle Mayor", "Sráid na Siopaí", "High Street",
    "Church Road", "Königsallee", "Avenida de Mayo", "Elm Street", "Storgatan"
  };

  private long state;

  SearchData(long seed) {
    state = seed;
  }

  /** SplitMix64: fixed output for a fixed seed on every JDK. */
  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  int nextInt(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Skewed towards the start of the array: the first entries are the common ones. */
  <T> T skewed(T[] values) {
    double u = StrictMath.pow(nextDouble(), 1.5);
    return values[(int) (values.length * u)];
  }

  <T> T any(T[] values) {
    return values[nextInt(values.length)];
  }

  String uuid() {
    long hi = (nextLong() & ~0xF000L) | 0x4000L;
    long lo = (nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(hi, lo).toString();
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + nextInt(10)));
    }
    return sb.toString();
  }

  String surname() {
    if (nextInt(100) < 70) {
      return skewed(LAST);
    }
    return any(SYL_A) + any(SYL_B);
  }

  static String ascii(String s) {
    String decomposed = Normalizer.normalize(s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
        .replace("ł", "l").replace("Ł", "L").replace("æ", "ae").replace("đ", "d"), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  /** One contact, in the order of COPY_COLUMNS; {@code otherEmail} is a second address (one contact in five). */
  record Row(String id, String type, String first, String last, String company, String title, String email,
             String phone, String street, String city, String region, String postal, String country, Instant created,
             Instant updated, Instant deleted, String otherEmail) {}

  private final Map<String, Integer> usedEmails = new HashMap<>();
  private final List<String[]> companies = new ArrayList<>();

  String uniqueEmail(String local, String domain) {
    String key = local + "@" + domain;
    Integer n = usedEmails.merge(key, 1, Integer::sum);
    return n == 1 ? key : local + n + "@" + domain;
  }

  /** A firm: its name and its mail domain. Individuals often work for one of the firms already made. */
  String[] company() {
    if (companies.size() > 2000 && nextInt(100) < 85) {
      return companies.get(nextInt(companies.size()));
    }
    String name = switch (nextInt(3)) {
      case 0 -> surname() + " " + any(COMPANY_KINDS);
      case 1 -> surname() + " & " + surname() + " " + any(COMPANY_KINDS);
      default -> any(COMPANY_WORDS) + " " + any(COMPANY_KINDS);
    };
    String form = any(COMPANY_FORMS);
    if (!form.isEmpty()) {
      name = name + " " + form;
    }
    String[] words = name.split("[ &.]+");
    String domain = ascii(words[0]) + (words.length > 1 ? "-" + ascii(words[1]) : "") + any(new String[] {
        ".com", ".ie", ".de", ".co.uk", ".fr", ".es", ".net"});
    String[] c = {name, domain};
    companies.add(c);
    return c;
  }

  Row next(Instant base) {
    String id = uuid();
    int kind = nextInt(100);
    String[] place = skewed(PLACES);
    String phone = null;
    if (nextInt(100) >= 15) {
      int len = place[1].equals("1") ? 7 : (place[1].equals("353") ? 7 : 8) - Math.max(0, place[4].length() - 2);
      phone = "+" + place[1] + place[4] + (place[1].equals("1") ? "555" + digits(4) : digits(len));
    }
    String first = null;
    String last = null;
    String company = null;
    String title = null;
    String email = null;
    String type;
    if (kind < 80) {
      type = "individual";
      first = nextInt(100) < 3 ? null : skewed(FIRST);
      last = nextInt(100) < 2 ? null : surname();
      if (first == null && last == null) {
        last = surname();
      }
      String[] employer = nextInt(100) < 40 ? company() : null;
      if (employer != null) {
        company = employer[0];
        title = nextInt(100) < 70 ? any(TITLES) : null;
      }
      if (nextInt(100) >= 12) {
        String local = first == null ? ascii(last)
            : last == null ? ascii(first)
            : nextInt(3) == 0 ? ascii(first).charAt(0) + ascii(last) : ascii(first) + "." + ascii(last);
        String domain = employer != null && nextInt(100) < 60 ? employer[1] : skewed(FREE_MAIL);
        email = uniqueEmail(local, domain);
      }
    } else if (kind < 95) {
      type = "business";
      String[] firm = company();
      company = firm[0];
      if (nextInt(100) >= 20) {
        email = uniqueEmail(any(new String[] {"info", "office", "accounts", "hello", "admin"}), firm[1]);
      }
    } else {
      type = "estate";
      String deceasedLast = surname();
      company = "Estate of " + skewed(FIRST) + " " + deceasedLast;
      if (nextInt(100) < 40) {
        email = uniqueEmail("estate." + ascii(deceasedLast), skewed(FREE_MAIL));
      }
    }
    String street = nextInt(100) < 70 ? (1 + nextInt(400)) + " " + any(STREETS) : null;
    String postal = street == null ? null : digits(5);
    Instant created = base.plusSeconds(nextInt(6 * 365 * 86400));
    Instant updated = nextInt(100) < 30 ? created.plusSeconds(nextInt(90 * 86400)) : created;
    Instant deleted = nextInt(1000) < 5 ? updated.plusSeconds(3600) : null;
    // One contact in five also writes from a second address: a personal one, or the firm's for a business.
    String otherEmail = null;
    if (nextInt(100) < 20) {
      String local = first != null && last != null ? ascii(first) + ascii(last)
          : last != null ? ascii(last) : first != null ? ascii(first) : "contact";
      otherEmail = uniqueEmail(local, skewed(FREE_MAIL));
    }
    return new Row(id, type, first, last, company, title, email, phone, street, place[2],
        place[3].isEmpty() ? null : place[3], postal, place[0], created, updated, deleted, otherEmail);
  }

  static String csv(String v) {
    if (v == null) {
      return "";
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  static String lit(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The where clause ContactSearch builds for a live-contact search, with its values inlined. */
  static String searchWhere(String tenant, String rawQ) {
    StringBuilder where = new StringBuilder("c.tenant_id = " + lit(tenant) + " and c.deleted_at is null");
    String q = rawQ.strip().toLowerCase(Locale.ROOT);
    if (!q.isEmpty()) {
      String like = "steward_fold(" + lit("%" + escapeLike(q) + "%") + ")";
      String digits = q.replaceAll("\\D", "");
      if (PHONE_LIKE.matcher(q).matches() && digits.length() >= 3 && !digits.equals(q)) {
        String national = digits.replaceFirst("^0+", "");
        where.append(" and (c.search_text like ").append(like).append(" escape '\\' or c.search_text like ")
            .append(lit("%" + digits + "%")).append(" or c.search_text like ")
            .append(lit("%" + (national.length() >= 3 ? national : digits) + "%")).append(")");
      } else {
        where.append(" and c.search_text like ").append(like).append(" escape '\\'");
      }
    }
    return where.toString();
  }

  /** The physical floor: the first page's worth of trigram matches, in no order and with no count. */
  static String searchFloor(String tenant, String q) {
    return "select c.id from contacts c where " + searchWhere(tenant, q) + " limit " + PAGE_SIZE;
  }

  static String searchCount(String tenant, String q) {
    return "select count(*) from (select 1 from contacts c where " + searchWhere(tenant, q) + " limit "
        + (COUNT_CAP + 1) + ") counted";
  }

  /**
   * A common term's first page: the name index walked for the page's ids, its haystack filtered with no trigram index
   * to answer it (the service then reads those rows).
   */
  static String searchWalk(String tenant, String q) {
    String where = searchWhere(tenant, q).replace("c.search_text like", "(c.search_text || '') like");
    return "select c.id, c.display_name from contacts c where " + where + " order by c.display_name, c.id limit "
        + PAGE_SIZE;
  }

  static String lookup(String tenant, String email) {
    String array = "array[" + lit(email.strip().toLowerCase(Locale.ROOT)) + "]";
    return "select " + COLUMNS + " from contacts c where c.tenant_id = " + lit(tenant)
        + " and c.deleted_at is null and (lower(c.email) = any(" + array + ") or (c.other_emails <> '[]'::jsonb"
        + " and steward_email_keys(c.other_emails) && " + array + "))";
  }

  /** A search term a user might type to find this contact. */
  String searchTerm(Row r) {
    int pick = nextInt(100);
    String name = r.type.equals("individual") ? r.last : r.company;
    if (pick < 30 && r.last != null) {
      return nextInt(2) == 0 ? r.last : r.last.toLowerCase(Locale.ROOT);               // surname
    } else if (pick < 42 && r.first != null && r.last != null) {
      return r.first + " " + r.last;                                                   // full name
    } else if (pick < 57 && r.company != null) {
      String[] words = r.company.replace("Estate of ", "").split(" ");
      String w = words[nextInt(words.length)];
      return w.length() >= 3 ? w : r.company.substring(0, Math.min(8, r.company.length()));  // company word
    } else if (pick < 70 && r.email != null) {
      String domain = r.email.substring(r.email.indexOf('@') + 1);
      return nextInt(2) == 0 ? domain.substring(0, Math.min(domain.length(), 5 + nextInt(4))) : "@" + domain;
    } else if (pick < 78 && r.email != null) {
      return r.email.substring(0, Math.min(r.email.indexOf('@') + 1, 4 + nextInt(6)));  // start of an address
    } else if (pick < 90 && r.phone != null) {
      String national = r.phone.substring(r.phone.length() - 7);
      return switch (nextInt(3)) {
        case 0 -> national.substring(0, 4 + nextInt(3));                               // digit run
        case 1 -> national.substring(0, 3) + " " + national.substring(3);               // typed with a space
        default -> r.phone.startsWith("+1") ? "(" + r.phone.substring(2, 5) + ") " + r.phone.substring(5, 8) + "-"
            + r.phone.substring(8) : "0" + r.phone.substring(r.phone.length() - 9);     // national format
      };
    } else if (pick < 95 && name != null && name.length() >= 3) {
      return name.substring(0, 3).toLowerCase(Locale.ROOT);                             // three letters typed
    }
    return name != null ? name : r.first;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java SearchData.java <contacts> <tenant-uuid> <sample-dir> [lookups] [searches]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    String tenant = args[1];
    Path dir = Path.of(args[2]);
    int lookups = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    int searches = args.length > 4 ? Integer.parseInt(args[4]) : 300;
    int lookupWarmup = Math.max(200, lookups * 2);
    int searchWarmup = Math.max(100, searches);
    Files.createDirectories(dir);

    var gen = new SearchData(SEED);
    var picker = new SearchData(SEED ^ 0x9E3779B97F4A7C15L);
    Instant base = Instant.parse("2019-01-01T00:00:00Z");
    // Sampled rows, chosen as they stream past so that a million contacts never sit in memory.
    int wanted = lookups + lookupWarmup + searches + searchWarmup;
    record Keyed(long key, Row row) {}
    var reservoir = new java.util.PriorityQueue<Keyed>(wanted + 1, (a, b) -> Long.compare(b.key(), a.key()));
    var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    for (int i = 0; i < n; i++) {
      Row r = gen.next(base);
      out.print(r.id); out.print(','); out.print(tenant); out.print(','); out.print(r.type); out.print(',');
      out.print(csv(r.first)); out.print(','); out.print(csv(r.last)); out.print(','); out.print(csv(r.company));
      out.print(','); out.print(csv(r.title)); out.print(','); out.print(csv(r.email)); out.print(',');
      out.print(csv(r.phone)); out.print(','); out.print(csv(r.street)); out.print(','); out.print(csv(r.city));
      out.print(','); out.print(csv(r.region)); out.print(','); out.print(csv(r.postal)); out.print(',');
      out.print(csv(r.country)); out.print(','); out.print(r.created); out.print(','); out.print(r.updated);
      out.print(','); out.print(r.deleted == null ? "" : r.deleted.toString()); out.print(',');
      out.print(csv(r.otherEmail == null ? "[]" : "[{\"address\":\"" + r.otherEmail + "\",\"label\":\"home\"}]"));
      out.print('\n');
      // Reservoir sampling: every live contact has the same chance to be in the sample.
      if (r.deleted == null) {
        long key = picker.nextLong() >>> 1;
        if (reservoir.size() < wanted) {
          reservoir.add(new Keyed(key, r));
        } else if (key < reservoir.peek().key()) {
          reservoir.poll();
          reservoir.add(new Keyed(key, r));
        }
      }
    }
    out.flush();
    if (out.checkError()) {
      System.err.println("SearchData: writing the contacts failed");
      System.exit(1);
    }

    if (reservoir.isEmpty()) {
      System.err.println("SearchData: no live contact to sample");
      System.exit(1);
    }
    List<Row> sample = new ArrayList<>(reservoir.stream().map(Keyed::row).toList());
    // The sample in a fixed order that does not depend on where rows sat in the file.
    sample.sort(java.util.Comparator.comparing(Row::id));
    var q = new SearchData(SEED + 7);
    List<String[]> lookupRows = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < lookups + lookupWarmup; i++) {
      Row r = sample.get(next++ % sample.size());
      // About one in five senders in an inbox is not a contact: those lookups find nothing.
      if ((r.email == null && r.otherEmail == null) || q.nextInt(100) < 20) {
        lookupRows.add(new String[] {"unknown." + q.digits(6) + "@" + any(q, FREE_MAIL), "0"});
      } else {
        // A contact with a second address writes from it half the time.
        String e = r.otherEmail != null && (r.email == null || q.nextInt(2) == 0) ? r.otherEmail : r.email;
        if (q.nextInt(100) < 30) {
          e = Character.toUpperCase(e.charAt(0)) + e.substring(1);                     // as a mail client shows it
        }
        lookupRows.add(new String[] {e, "1"});
      }
    }
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < searches + searchWarmup; i++) {
      String t = q.searchTerm(sample.get(next++ % sample.size()));
      terms.add(t == null || t.isBlank() ? "smith" : t);
    }

    List<String> warmLookup = new ArrayList<>();
    List<String> mLookup = new ArrayList<>();
    List<String> lookupSql = new ArrayList<>();
    for (int i = 0; i < lookupRows.size(); i++) {
      String line = lookupRows.get(i)[0] + "\t" + lookupRows.get(i)[1];
      if (i < lookupWarmup) {
        warmLookup.add(line);
      } else {
        mLookup.add(line);
        lookupSql.add(lookup(tenant, lookupRows.get(i)[0]) + ";");
      }
    }
    List<String> warmSearch = terms.subList(0, searchWarmup);
    List<String> mSearch = terms.subList(searchWarmup, terms.size());
    List<String> floorSql = new ArrayList<>();
    List<String> probeSql = new ArrayList<>();
    for (int i = 0; i < mSearch.size(); i++) {
      String t = mSearch.get(i);
      floorSql.add(searchFloor(tenant, t) + ";");
      probeSql.add("select " + (i + 1) + ", (" + searchCount(tenant, t) + ");");
    }
    Files.write(dir.resolve("lookup-warmup.tsv"), warmLookup, StandardCharsets.UTF_8);
    Files.write(dir.resolve("lookup.tsv"), mLookup, StandardCharsets.UTF_8);
    Files.write(dir.resolve("lookup.sql"), lookupSql, StandardCharsets.UTF_8);
    Files.write(dir.resolve("search-warmup.txt"), warmSearch, StandardCharsets.UTF_8);
    Files.write(dir.resolve("search.txt"), mSearch, StandardCharsets.UTF_8);
    Files.write(dir.resolve("search-floor.sql"), floorSql, StandardCharsets.UTF_8);
    Files.write(dir.resolve("search-walk.sql"), List.of(searchWalk(tenant, mSearch.get(0)) + ";"),
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("search-probe.sql"), probeSql, StandardCharsets.UTF_8);
  }

  static <T> T any(SearchData r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
