package dev.steward.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold secrets in the data folder (the encryption key, the database passwords): written
 * whole and only ever readable by their owner (0600), and refused when someone loosened that.
 */
public final class SecretFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private SecretFiles() {}

  /** Writes {@code file} in one step, replacing it if it exists. */
  public static void replace(Path file, byte[] content) throws IOException {
    Path temporary = ownerOnlyCopy(file, content);
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes {@code file} in one step unless it exists: of two processes creating it at once, one
   * wins and the other reads the winner's.
   *
   * @return whether this call created it
   */
  public static boolean createIfAbsent(Path file, byte[] content) throws IOException {
    Path temporary = ownerOnlyCopy(file, content);
    try {
      Files.createLink(file, temporary);
      return true;
    } catch (FileAlreadyExistsException raced) {
      return false;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Refuses a secret file that others may read or change.
   *
   * @param what the file in a person's words, such as "The encryption key file"
   */
  public static void requireOwnerOnly(Path file, String what) throws IOException {
    if (!posix(file)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    permissions.removeAll(OWNER_ONLY);
    permissions.remove(PosixFilePermission.OWNER_EXECUTE);
    if (!permissions.isEmpty()) {
      throw new IllegalStateException(
          what
              + " "
              + file
              + " can be read or changed by other users ("
              + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
              + "). Restrict it to its owner with: chmod 600 "
              + file);
    }
  }

  private static Path ownerOnlyCopy(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    String prefix = "." + file.getFileName() + "-";
    Path temporary =
        posix(dir)
            ? Files.createTempFile(
                dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(dir, prefix, ".tmp");
    try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(content));
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
