package dev.steward.microsoft;

import com.microsoft.graph.drives.item.items.item.createuploadsession.CreateUploadSessionPostRequestBody;
import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.DriveItemUploadableProperties;
import com.microsoft.graph.models.UploadSession;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNodeFactoryRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;

/**
 * Large files through a Graph upload session: create the session, then PUT the file in chunks
 * (multiples of 320 KiB) to its upload URL, which carries its own authorization and is sent no
 * token. Each chunk is retried on 429, 503 and 504 by the SDK's retry middleware; a chunk that
 * fails anyway is not fatal: the session is asked which bytes it still expects ({@code
 * nextExpectedRanges}), and the upload goes on from there, a bounded number of times. A session
 * that cannot go on is cancelled.
 */
final class UploadSessions {

  private static final Logger log = LoggerFactory.getLogger(UploadSessions.class);
  private static final String JSON = "application/json";

  private final GraphClients clients;
  private final MicrosoftSettings.Upload settings;

  UploadSessions(GraphClients clients, MicrosoftSettings.Upload settings) {
    this.clients = clients;
    this.settings = settings;
  }

  DriveFile upload(
      GraphServiceClient client,
      String driveId,
      String path,
      String conflict,
      InputStreamSource content,
      long size) {
    var properties = new DriveItemUploadableProperties();
    properties.getAdditionalData().put("@microsoft.graph.conflictBehavior", conflict);
    var request = new CreateUploadSessionPostRequestBody();
    request.setItem(properties);
    UploadSession session =
        GraphFailures.call(
            "Starting the upload of " + path,
            () ->
                client
                    .drives()
                    .byDriveId(driveId)
                    .items()
                    .byDriveItemId("root:/" + path + ":")
                    .createUploadSession()
                    .post(request));
    String url = session.getUploadUrl();
    long chunkSize = settings.chunkSize().toBytes();
    int resumesLeft = settings.resumeAttempts();
    try (var reader = new ChunkReader(content)) {
      long offset = 0;
      while (true) {
        long end = Math.min(offset + chunkSize, size) - 1;
        Chunk answer;
        try {
          answer = put(url, reader.read(offset, (int) (end - offset + 1)), offset, end, size);
        } catch (ChunkFailedException e) {
          if (resumesLeft-- <= 0) {
            cancel(url);
            throw new GraphCallException(
                "Uploading "
                    + path
                    + " failed: "
                    + e.getMessage()
                    + ", and "
                    + settings.resumeAttempts()
                    + " resumes did not get it through",
                e.status,
                null,
                e);
          }
          offset = stillExpected(url, path);
          log.info(
              "Upload of {} resumed at byte {} of {} after {}", path, offset, size, e.getMessage());
          continue;
        }
        if (answer.file() != null) {
          return OneDrive.toFile(answer.file());
        }
        offset = answer.nextOffset() >= 0 ? answer.nextOffset() : end + 1;
        if (offset >= size) {
          offset = stillExpected(url, path);
        }
      }
    } catch (IOException e) {
      cancel(url);
      throw new IllegalStateException("Could not read the file to upload", e);
    }
  }

  /**
   * PUTs one chunk; the answer is the file when it was the last one, else where the session expects
   * the next.
   */
  private Chunk put(String url, byte[] bytes, long start, long end, long size)
      throws ChunkFailedException {
    var request =
        new Request.Builder()
            .url(url)
            .header("Content-Range", "bytes " + start + "-" + end + "/" + size)
            .put(RequestBody.create(bytes, null))
            .build();
    try (Response response = clients.http().newCall(request).execute()) {
      byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
      if (response.code() == 200 || response.code() == 201) {
        return new Chunk(parse(body, DriveItem::createFromDiscriminatorValue), -1);
      }
      if (response.code() == 202) {
        return new Chunk(
            null, firstExpected(parse(body, UploadSession::createFromDiscriminatorValue)));
      }
      throw new ChunkFailedException(
          "bytes " + start + "-" + end + " were answered " + response.code(), response.code());
    } catch (IOException e) {
      throw new ChunkFailedException(
          "bytes " + start + "-" + end + " did not arrive (" + e.getMessage() + ")", 0);
    }
  }

  /** Where the session wants the upload to go on, as its {@code nextExpectedRanges} say. */
  private long stillExpected(String url, String path) {
    try (Response response =
        clients.http().newCall(new Request.Builder().url(url).get().build()).execute()) {
      byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
      if (response.code() != 200) {
        cancel(url);
        throw new GraphCallException(
            "Uploading "
                + path
                + " failed: its upload session could not be resumed (Graph "
                + "answered "
                + response.code()
                + ")",
            response.code(),
            null,
            null);
      }
      long next = firstExpected(parse(body, UploadSession::createFromDiscriminatorValue));
      if (next < 0) {
        throw new GraphCallException(
            "Uploading "
                + path
                + " failed: its upload session expects no more bytes but "
                + "named no file",
            response.code(),
            null,
            null);
      }
      return next;
    } catch (IOException e) {
      cancel(url);
      throw GraphFailures.unreachable("Resuming the upload of " + path, e);
    }
  }

  /**
   * The start of the first range in {@code nextExpectedRanges} ("26-" or "26-99"), or -1 when there
   * is none.
   */
  static long firstExpected(UploadSession session) {
    List<String> ranges = session == null ? null : session.getNextExpectedRanges();
    if (ranges == null || ranges.isEmpty()) {
      return -1;
    }
    String range = ranges.get(0).strip();
    int dash = range.indexOf('-');
    return Long.parseLong(dash < 0 ? range : range.substring(0, dash));
  }

  /**
   * Ends a session that will not be finished, so that its parts do not linger; its own failure is
   * only logged.
   */
  private void cancel(String url) {
    try (Response response =
        clients.http().newCall(new Request.Builder().url(url).delete().build()).execute()) {
      log.debug("Upload session cancelled: {}", response.code());
    } catch (IOException | RuntimeException e) {
      log.debug("Could not cancel an upload session: {}", e.toString());
    }
  }

  private static <T extends Parsable> T parse(byte[] body, ParsableFactory<T> factory) {
    if (body.length == 0) {
      return null;
    }
    return ParseNodeFactoryRegistry.defaultInstance
        .getParseNode(JSON, new ByteArrayInputStream(body))
        .getObjectValue(factory);
  }

  private record Chunk(DriveItem file, long nextOffset) {}

  private static final class ChunkFailedException extends Exception {

    private final int status;

    ChunkFailedException(String message, int status) {
      super(message);
      this.status = status;
    }
  }
}
