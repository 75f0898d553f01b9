package dev.steward.microsoft;

import com.microsoft.graph.models.Drive;
import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.DriveItemCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * Files in OneDrive and SharePoint through Microsoft Graph. A small file goes up in one PUT; a
 * larger one (over {@code steward.microsoft.upload.simple-upload-limit}, 4 MB) through an upload
 * session, in chunks, resumed from where Graph says it stands when a chunk fails. Throttled calls
 * are retried as Graph's Retry-After says.
 */
@Service
public class OneDrive {

  private static final Logger log = LoggerFactory.getLogger(OneDrive.class);

  private final GraphClients clients;
  private final MicrosoftSettings settings;
  private final UploadSessions sessions;

  OneDrive(GraphClients clients, MicrosoftSettings settings) {
    this.clients = clients;
    this.settings = settings;
    this.sessions = new UploadSessions(clients, settings.upload());
  }

  /**
   * Uploads a file into {@code target}'s folder; the folders on the way are created as needed. A
   * file of the same name there is renamed around or replaced, as {@code
   * steward.microsoft.upload.conflict-behavior} says.
   *
   * @param content the file's bytes, which may be read more than once (to resume a failed upload)
   * @param size the file's size in bytes
   * @return the file as stored: its id, its (possibly changed) name and where a person opens it
   * @throws GraphCallException when Graph refuses or fails the upload
   * @throws MicrosoftUnavailableException when Graph is not configured or {@code access} cannot act
   */
  public DriveFile upload(
      GraphAccess access,
      UploadTarget target,
      String fileName,
      InputStreamSource content,
      long size) {
    String path = target.pathOf(fileName);
    GraphServiceClient client = clients.client(access);
    String driveId = driveId(client, access, target);
    String conflict = settings.upload().conflictBehavior().graphValue();
    DriveFile file;
    if (size <= settings.upload().simpleUploadLimit().toBytes()) {
      byte[] bytes = read(content, size);
      String url =
          settings.graphBaseUrl()
              + "/drives/"
              + encoded(driveId)
              + "/root:/"
              + encodedPath(path)
              + ":/content?@microsoft.graph.conflictBehavior="
              + conflict;
      DriveItem item =
          GraphFailures.call(
              "Uploading " + fileName,
              () ->
                  client
                      .drives()
                      .byDriveId(driveId)
                      .items()
                      .byDriveItemId("root")
                      .content()
                      .withUrl(url)
                      .put(new ByteArrayInputStream(bytes)));
      file = toFile(item);
    } else {
      file = sessions.upload(client, driveId, path, conflict, content, size);
    }
    log.info("Uploaded {} ({} bytes) to {}", file.name(), size, file.webUrl());
    return file;
  }

  /**
   * The access of the signed-in user, once it is sure Steward can act with it: Graph is configured
   * and the user signed in with Microsoft. Checked in that order, so that a Steward without Graph
   * says so to everyone.
   *
   * @throws MicrosoftUnavailableException saying why not, with its {@link
   *     MicrosoftUnavailableException#reason()}
   */
  public GraphAccess signedInUserAccess() {
    clients.requireConfigured();
    return GraphAccess.signedInUser();
  }

  /** The files and folders directly in {@code folder}, every page of them. */
  public List<DriveFile> files(GraphAccess access, UploadTarget folder) {
    GraphServiceClient client = clients.client(access);
    String driveId = driveId(client, access, folder);
    String item = folder.folder().isEmpty() ? "root" : "root:/" + folder.folder() + ":";
    return GraphFailures.call(
        "Listing " + (folder.folder().isEmpty() ? "the drive's root" : folder.folder()),
        () -> {
          DriveItemCollectionResponse first =
              client.drives().byDriveId(driveId).items().byDriveItemId(item).children().get();
          List<DriveItem> items =
              GraphPages.all(
                  client, first, DriveItemCollectionResponse::createFromDiscriminatorValue);
          return items.stream().map(OneDrive::toFile).toList();
        });
  }

  private String driveId(GraphServiceClient client, GraphAccess access, UploadTarget target) {
    if (target.drive() == UploadTarget.Drive.ME && access instanceof GraphAccess.App) {
      throw new IllegalArgumentException(
          "Steward acting as itself has no OneDrive of its own: name a user's "
              + "OneDrive or a SharePoint site");
    }
    if (target.drive() == UploadTarget.Drive.DRIVE) {
      return target.owner();
    }
    Drive drive =
        GraphFailures.call(
            "Finding the " + describe(target),
            () ->
                switch (target.drive()) {
                  case ME -> client.me().drive().get();
                  case USER -> client.users().byUserId(target.owner()).drive().get();
                  case SITE -> client.sites().bySiteId(target.owner()).drive().get();
                  case DRIVE -> throw new IllegalStateException("named by id");
                });
    return drive.getId();
  }

  private static String describe(UploadTarget target) {
    return switch (target.drive()) {
      case ME -> "signed-in user's OneDrive";
      case USER -> "OneDrive of " + target.owner();
      case SITE -> "document library of SharePoint site " + target.owner();
      case DRIVE -> "drive " + target.owner();
    };
  }

  static DriveFile toFile(DriveItem item) {
    long size = item.getSize() == null ? 0 : item.getSize();
    return new DriveFile(item.getId(), item.getName(), item.getWebUrl(), size);
  }

  private static byte[] read(InputStreamSource content, long size) {
    try (InputStream in = content.getInputStream()) {
      byte[] bytes = in.readNBytes((int) size);
      if (bytes.length != size || in.read() != -1) {
        throw new IllegalArgumentException(
            "The file holds a different number of bytes than the " + size + " given");
      }
      return bytes;
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the file to upload", e);
    }
  }

  /** A drive path with each segment percent-encoded, the slashes between them kept. */
  static String encodedPath(String path) {
    return Arrays.stream(path.split("/")).map(OneDrive::encoded).collect(Collectors.joining("/"));
  }

  private static String encoded(String segment) {
    return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
  }
}
