package dev.steward.reports.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The folder scheduled reports go into. Steward uploads as the app, so it is a named user's
 * OneDrive or a SharePoint site's (or any) document library, never "my" OneDrive.
 *
 * @param drive whose drive: {@code user} (a OneDrive), {@code site} (a SharePoint site's documents)
 *     or {@code drive}
 * @param owner the user's principal name or id, the site id, or the drive id
 * @param folder the folder's path in that drive, such as {@code Reports/Weekly}; empty for the top
 */
@NullMarked
public record Destination(
    @NotNull(message = "is required: user, site or drive") Drive drive,
    @NotBlank(message = "is required") @Size(max = 400) String owner,
    @Size(max = 400) @Nullable String folder) {

  /** Whose drive. */
  public enum Drive {
    USER,
    SITE,
    DRIVE;

    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Drive of(String value) {
      for (var drive : values()) {
        if (drive.value().equalsIgnoreCase(value.strip())) {
          return drive;
        }
      }
      throw new IllegalArgumentException("Unknown drive '" + value + "': use user, site or drive");
    }
  }
}
