package dev.steward.demo;

import dev.steward.contacts.ContactRequest;
import dev.steward.contacts.ContactType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Deterministic people, businesses and estates for the sample firm (a fixed seed: every demo looks
 * the same). Names come from Datafaker, with a share of accented names as a real client list has.
 */
final class DemoPeople {

  private static final String[][] ACCENTED = {
    {"José", "Álvarez"},
    {"Zoë", "Brontë"},
    {"Jürgen", "Müller"},
    {"Siobhán", "Ó Briain"},
    {"François", "Lefèvre"},
    {"Søren", "Kierkegård"},
    {"Małgorzata", "Wójcik"},
    {"Thảo", "Nguyễn"},
    {"Renée", "Dubé"},
    {"İlkay", "Güneş"},
    {"Ana", "São Paulo"},
    {"Björn", "Ångström"}
  };
  private static final String[] AREA_CODES = {
    "202", "212", "312", "415", "617", "303", "512", "206"
  };
  private static final String[] INDIVIDUAL_TAGS = {
    "client", "prospect", "vip", "retiree", "referral", "newsletter"
  };
  private static final String[] RISK_PROFILES = {"conservative", "balanced", "growth"};

  private final Faker faker;
  private final Random random;
  private final Set<String> emails = new HashSet<>();

  DemoPeople(long seed) {
    this.random = new Random(seed);
    this.faker = new Faker(Locale.US, new Random(seed));
  }

  ContactRequest individual() {
    String first;
    String last;
    if (random.nextInt(10) == 0) {
      var name = ACCENTED[random.nextInt(ACCENTED.length)];
      first = name[0];
      last = name[1];
    } else {
      first = faker.name().firstName();
      last = faker.name().lastName();
    }
    String email =
        random.nextInt(8) == 0
            ? null
            : uniqueEmail(first + "." + last, faker.internet().domainName());
    String phone = random.nextInt(5) == 0 ? null : phone();
    List<String> tags = new ArrayList<>();
    tags.add(random.nextInt(3) == 0 ? "prospect" : "client");
    for (int i = 0; i < random.nextInt(3); i++) {
      String tag = INDIVIDUAL_TAGS[2 + random.nextInt(INDIVIDUAL_TAGS.length - 2)];
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    Map<String, Object> custom =
        tags.contains("client")
            ? Map.of(
                "risk_profile",
                RISK_PROFILES[random.nextInt(RISK_PROFILES.length)],
                "assets_under_management",
                50_000 + random.nextInt(400) * 5_000)
            : Map.of();
    return new ContactRequest(
        ContactType.INDIVIDUAL,
        first,
        last,
        null,
        random.nextInt(3) == 0 ? faker.job().title() : null,
        email,
        phone,
        faker.address().streetAddress(),
        null,
        faker.address().city(),
        faker.address().stateAbbr(),
        faker.address().zipCode(),
        "United States",
        null,
        tags,
        custom,
        null,
        null,
        null);
  }

  ContactRequest business() {
    String company = faker.company().name();
    String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
    return new ContactRequest(
        ContactType.BUSINESS,
        null,
        null,
        company,
        null,
        uniqueEmail("office", domain),
        phone(),
        faker.address().streetAddress(),
        random.nextBoolean() ? "Suite " + (100 + random.nextInt(800)) : null,
        faker.address().city(),
        faker.address().stateAbbr(),
        faker.address().zipCode(),
        "United States",
        faker.company().catchPhrase(),
        List.of(random.nextBoolean() ? "client" : "referral partner"),
        Map.of(),
        null,
        null,
        null);
  }

  ContactRequest estateOf(String deceasedFirst, String deceasedLast, String dateOfDeath) {
    return new ContactRequest(
        ContactType.ESTATE,
        null,
        null,
        "Estate of " + deceasedFirst + " " + deceasedLast,
        null,
        null,
        null,
        faker.address().streetAddress(),
        null,
        faker.address().city(),
        faker.address().stateAbbr(),
        faker.address().zipCode(),
        "United States",
        "Probate opened; executor is the main point of contact.",
        List.of("estate planning"),
        Map.of("date_of_death", dateOfDeath),
        null,
        null,
        null);
  }

  String firstName() {
    return faker.name().firstName();
  }

  String lastName() {
    return faker.name().lastName();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private String phone() {
    return "+1 "
        + AREA_CODES[random.nextInt(AREA_CODES.length)]
        + " 555 01"
        + (10 + random.nextInt(90));
  }

  private String uniqueEmail(String local, String domain) {
    String base =
        Normalizer.normalize(local, Normalizer.Form.NFD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9.]", "");
    String email = base + "@" + domain;
    for (int n = 2; !emails.add(email); n++) {
      email = base + n + "@" + domain;
    }
    return email;
  }
}
