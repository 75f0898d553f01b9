package dev.steward.contacts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import dev.steward.identity.IdentityEvents.TenantSettingsChanged;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Phone numbers in E.164, read with libphonenumber; numbers without a country code take the firm's
 * region.
 */
@Component
public class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Every list and lookup shows phones, so a firm's region is kept rather than read on each
   * request: forgotten when the firm's settings change here, and after a few seconds for a change
   * made through another instance.
   */
  private final Cache<UUID, String> regionByFirm =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000).build();

  /**
   * Phones as shown, by region and stored number: reading and formatting one takes libphonenumber
   * about 15 µs, paid for every phone of every list, search and lookup answer, and the same
   * people's numbers are shown again and again.
   */
  private final Cache<String, String> displayed = Caffeine.newBuilder().maximumSize(20_000).build();

  private final String defaultRegion;
  private final Tenants tenants;

  @Autowired
  PhoneNumbers(ContactSettings settings, Tenants tenants) {
    this(settings.phone().defaultRegion(), tenants);
  }

  /** Numbers without a country code read as {@code defaultRegion}'s unless the firm has its own. */
  PhoneNumbers(String defaultRegion, Tenants tenants) {
    this.tenants = tenants;
    String region = defaultRegion.trim().toUpperCase(Locale.ROOT);
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException(
          "STEWARD_PHONE_DEFAULT_REGION '"
              + defaultRegion
              + "' is not a region code such as US, GB or DE");
    }
    this.defaultRegion = region;
  }

  /** The number in E.164 ({@code +442079460958}), or empty when it is not a valid number. */
  public Optional<String> toE164(String raw) {
    return toE164(raw, firmRegion());
  }

  /**
   * The number in E.164, reading a number without a country code as one of {@code region} (such as
   * GB).
   */
  public Optional<String> toE164(String raw, String region) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      var number = UTIL.parse(raw, region);
      return UTIL.isValidNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A stored number as people write it: national format for the firm's own region ({@code (303)
   * 555-0135}), international for any other ({@code +44 20 7946 0958}); the text as stored when it
   * cannot be read.
   */
  public String forDisplay(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    String region = firmRegion();
    return displayed.get(region + '|' + stored, key -> readForDisplay(stored, region));
  }

  private static String readForDisplay(String stored, String region) {
    try {
      var number = UTIL.parse(stored, region);
      if (UTIL.isValidNumberForRegion(number, region)) {
        return UTIL.format(number, PhoneNumberFormat.NATIONAL);
      }
      return UTIL.isValidNumber(number)
          ? UTIL.format(number, PhoneNumberFormat.INTERNATIONAL)
          : stored;
    } catch (NumberParseException e) {
      return stored;
    }
  }

  /** Whether libphonenumber knows {@code region} as a country with phone numbers. */
  public static boolean isRegion(String region) {
    return region != null && UTIL.getSupportedRegions().contains(region);
  }

  /**
   * The installation's default region, STEWARD_PHONE_DEFAULT_REGION; a firm's own country comes
   * first.
   */
  public String defaultRegion() {
    return defaultRegion;
  }

  /**
   * The current firm's country for phone numbers (its phone region setting), else the
   * installation's default.
   */
  public String firmRegion() {
    return CurrentTenant.id()
        .map(firm -> regionByFirm.get(firm, this::regionOf))
        .orElse(defaultRegion);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TenantSettingsChanged event) {
    regionByFirm.invalidate(event.tenantId());
  }

  private String regionOf(UUID firm) {
    return tenants
        .find(firm)
        .map(TenantInfo::phoneRegion)
        .filter(PhoneNumbers::isRegion)
        .orElse(defaultRegion);
  }
}
