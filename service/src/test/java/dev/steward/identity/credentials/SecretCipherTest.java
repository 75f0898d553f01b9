package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final byte[] SECRET = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] USER = "user-1".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dataDir;

  private final SecretCipher cipher = new SecretCipher(KEY, false, Path.of("unused"));

  @Test
  void decryptsWhatItEncrypted() {
    byte[] message = cipher.encrypt(SECRET, USER);

    assertThat(cipher.decrypt(message, USER)).isEqualTo(SECRET);
    assertThat(cipher.decrypt(cipher.encrypt(SECRET, null), null)).isEqualTo(SECRET);
  }

  @Test
  void writesVersionThenARandomIvThenCiphertextAndTag() {
    byte[] first = cipher.encrypt(SECRET, USER);
    byte[] second = cipher.encrypt(SECRET, USER);

    assertThat(first).hasSize(1 + 12 + SECRET.length + 16);
    assertThat(first[0]).isEqualTo(SecretCipher.VERSION);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void detectsAnyChangedByte() {
    byte[] message = cipher.encrypt(SECRET, USER);
    for (int i = 0; i < message.length; i++) {
      byte[] tampered = message.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.decrypt(tampered, USER))
          .isInstanceOf(SecretDecryptionException.class);
    }
  }

  @Test
  void refusesATruncatedMessage() {
    byte[] message = cipher.encrypt(SECRET, USER);
    byte[] truncated = Arrays.copyOf(message, 20);

    assertThatThrownBy(() -> cipher.decrypt(truncated, USER))
        .isInstanceOf(SecretDecryptionException.class)
        .hasMessageContaining("too short");
  }

  @Test
  void refusesASecretMovedToAnotherRecord() {
    byte[] message = cipher.encrypt(SECRET, USER);

    assertThatThrownBy(() -> cipher.decrypt(message, "user-2".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SecretDecryptionException.class)
        .hasMessageContaining("another record");
    assertThatThrownBy(() -> cipher.decrypt(message, null))
        .isInstanceOf(SecretDecryptionException.class);
  }

  @Test
  void refusesASecretEncryptedWithAnotherKey() {
    var other =
        new SecretCipher(
            Base64.getEncoder()
                .encodeToString(
                    new byte[] {
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                      23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                    }),
            false,
            Path.of("unused"));

    assertThatThrownBy(() -> other.decrypt(cipher.encrypt(SECRET, USER), USER))
        .isInstanceOf(SecretDecryptionException.class);
  }

  @Test
  void explainsAKeyThatIsNotBase64() {
    assertThatThrownBy(() -> new SecretCipher("not base64!", false, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STEWARD_ENCRYPTION_KEY")
        .hasMessageContaining("not valid base64");
  }

  @Test
  void explainsAKeyOfTheWrongLength() {
    String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> new SecretCipher(sixteenBytes, true, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STEWARD_ENCRYPTION_KEY")
        .hasMessageContaining("exactly 32 bytes")
        .hasMessageContaining("16 bytes");
  }

  @Test
  void requiresAKeyWithAnExternalDatabase() {
    assertThatThrownBy(() -> new SecretCipher("", false, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STEWARD_ENCRYPTION_KEY is required with an external database");
    assertThat(dataDir.resolve(EncryptionKey.FILE_NAME)).doesNotExist();
  }

  @Test
  void createsAnOwnerOnlyKeyFileForTheEmbeddedDatabaseAndReusesIt() throws IOException {
    Path folder = dataDir.resolve("steward");
    var first = new SecretCipher(null, true, folder);
    Path keyFile = folder.resolve(EncryptionKey.FILE_NAME);

    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
    try (var entries = Files.list(folder)) {
      assertThat(entries).containsExactly(keyFile);
    }

    var second = new SecretCipher("", true, folder);
    assertThat(second.decrypt(first.encrypt(SECRET, USER), USER)).isEqualTo(SECRET);
  }

  @Test
  void instancesStartingTogetherAgreeOnOneKey() throws Exception {
    Path folder = dataDir.resolve("steward");
    var pool = Executors.newFixedThreadPool(8);
    try {
      var start = new CountDownLatch(1);
      var starting = new ArrayList<Future<SecretCipher>>();
      for (int i = 0; i < 8; i++) {
        starting.add(
            pool.submit(
                () -> {
                  start.await();
                  return new SecretCipher(null, true, folder);
                }));
      }
      start.countDown();
      byte[] message = starting.get(0).get().encrypt(SECRET, USER);
      for (Future<SecretCipher> instance : starting) {
        assertThat(instance.get().decrypt(message, USER)).isEqualTo(SECRET);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void prefersTheConfiguredKeyOverTheKeyFile() {
    new SecretCipher(null, true, dataDir);
    var configured = new SecretCipher(KEY, true, dataDir);

    assertThat(cipher.decrypt(configured.encrypt(SECRET, USER), USER)).isEqualTo(SECRET);
  }

  @Test
  void refusesAKeyFileOthersCanRead() throws IOException {
    new SecretCipher(null, true, dataDir);
    Path keyFile = dataDir.resolve(EncryptionKey.FILE_NAME);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> new SecretCipher(null, true, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("can be read or changed by other users")
        .hasMessageContaining("chmod 600");
  }

  @Test
  void explainsAKeyFileOfTheWrongLength() throws IOException {
    Path keyFile = dataDir.resolve(EncryptionKey.FILE_NAME);
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[24]));
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(() -> new SecretCipher(null, true, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key file")
        .hasMessageContaining("24 bytes");
  }
}
