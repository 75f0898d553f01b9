package dev.steward.microsoft;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A folder in OneDrive or SharePoint that files go into.
 *
 * @param drive whose drive
 * @param owner the user (id or user principal name) for {@link Drive#USER}, the site id for {@link
 *     Drive#SITE}, the drive id for {@link Drive#DRIVE}; null for {@link Drive#ME}
 * @param folder the folder's path from the drive's root, such as {@code Reports/Weekly}; empty for
 *     the root
 */
public record UploadTarget(Drive drive, String owner, String folder) {

  /** Characters OneDrive and SharePoint refuse in a file or folder name. */
  private static final Pattern FORBIDDEN = Pattern.compile("[\"*:<>?\\\\|\\p{Cntrl}]");

  /** Whose drive a target is in. */
  public enum Drive {
    /** The signed-in user's OneDrive (on-behalf-of only). */
    ME,
    /** A user's OneDrive, named by id or user principal name. */
    USER,
    /** A SharePoint site's default document library, named by site id. */
    SITE,
    /** A drive (a document library) named by its id. */
    DRIVE
  }

  public UploadTarget {
    Objects.requireNonNull(drive, "drive");
    owner = owner == null || owner.isBlank() ? null : owner.strip();
    if (drive != Drive.ME && owner == null) {
      throw new IllegalArgumentException(
          "A "
              + drive.name().toLowerCase()
              + " target needs its "
              + (drive == Drive.USER ? "user" : drive == Drive.SITE ? "site id" : "drive id"));
    }
    folder = normalised(folder);
  }

  public static UploadTarget myOneDrive(String folder) {
    return new UploadTarget(Drive.ME, null, folder);
  }

  public static UploadTarget userOneDrive(String user, String folder) {
    return new UploadTarget(Drive.USER, user, folder);
  }

  public static UploadTarget site(String siteId, String folder) {
    return new UploadTarget(Drive.SITE, siteId, folder);
  }

  public static UploadTarget drive(String driveId, String folder) {
    return new UploadTarget(Drive.DRIVE, driveId, folder);
  }

  /** The drive-relative path of a file in this folder, checked like the folder. */
  String pathOf(String fileName) {
    String name = checkedSegment(fileName, "file name");
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /**
   * The folder's segments joined by single slashes, each checked; refuses {@code ..} and forbidden
   * characters.
   */
  static String normalised(String folder) {
    if (folder == null || folder.isBlank()) {
      return "";
    }
    List<String> segments =
        Arrays.stream(folder.strip().split("/+"))
            .map(String::strip)
            .filter(segment -> !segment.isEmpty())
            .toList();
    return segments.stream()
        .map(segment -> checkedSegment(segment, "folder name"))
        .collect(Collectors.joining("/"));
  }

  private static String checkedSegment(String segment, String what) {
    if (segment == null || segment.isBlank()) {
      throw new IllegalArgumentException("The " + what + " is empty");
    }
    String text = segment.strip();
    if (text.equals(".")
        || text.equals("..")
        || text.contains("/")
        || FORBIDDEN.matcher(text).find()
        || text.endsWith(".")) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " '"
              + text
              + "' is not allowed in OneDrive or SharePoint: "
              + "no \" * : < > ? / \\ |, and no . or .. or a name ending in a dot");
    }
    return text;
  }
}
