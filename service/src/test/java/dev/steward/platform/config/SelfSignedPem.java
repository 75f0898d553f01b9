package dev.steward.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made with the JDK's own
 * keytool and written out as the two PEM files an operator would give Steward, beside the PKCS12
 * key store keytool wrote (alias {@code steward}, password {@link #PASSWORD}) for a test server.
 */
public record SelfSignedPem(
    Path certificate, Path privateKey, X509Certificate x509, Path keyStore) {

  public static final String PASSWORD = "test-only";

  public static SelfSignedPem create(Path folder) throws Exception {
    Path store = folder.resolve("tls.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process process =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "steward",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes());
    }
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    var certificate = (X509Certificate) keys.getCertificate("steward");
    var key = (PrivateKey) keys.getKey("steward", PASSWORD.toCharArray());
    Path certFile =
        Files.writeString(folder.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
    Path keyFile =
        Files.writeString(folder.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
    return new SelfSignedPem(certFile, keyFile, certificate, store);
  }

  /**
   * A TLS context that trusts this certificate alone, for a client of the server that presents it.
   */
  SSLContext trustingIt() throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("steward", x509);
    var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return String.join(
        "\n", List.of("-----BEGIN " + type + "-----", body, "-----END " + type + "-----", ""));
  }
}
