package dev.steward.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities a connection trusts: the JVM's own, plus those of an optional PEM
 * file (a proxy that inspects TLS, a private cloud, a firm's own mail server; in tests, WireMock's
 * or GreenMail's certificate).
 */
public record TrustedCertificates(X509TrustManager trustManager, SSLContext sslContext) {

  /**
   * @param extraPem a PEM file of certificates to trust too, or null for the JVM's alone
   * @param setting the environment variable that names the file, for the error when it is no PEM
   *     file of certificates
   */
  public static TrustedCertificates of(Path extraPem, String setting) {
    try {
      X509TrustManager jvm = x509(factory(null));
      if (extraPem == null) {
        return new TrustedCertificates(jvm, context(jvm));
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate authority : jvm.getAcceptedIssuers()) {
        store.setCertificateEntry("jvm-" + n++, authority);
      }
      for (Certificate extra : read(extraPem)) {
        store.setCertificateEntry("extra-" + n++, extra);
      }
      X509TrustManager combined = x509(factory(store));
      return new TrustedCertificates(combined, context(combined));
    } catch (GeneralSecurityException | IOException e) {
      // Said without the cause attached, so that a failed start shows these words, not only the
      // cause's.
      throw new IllegalStateException(
          "Could not load the certificates to trust from "
              + extraPem
              + " ("
              + e
              + "): "
              + setting
              + " must name a PEM file of certificates");
    }
  }

  private static Collection<? extends Certificate> read(Path pem)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pem)) {
      var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IOException("it holds no certificate");
      }
      return certificates;
    }
  }

  private static TrustManagerFactory factory(KeyStore store) throws GeneralSecurityException {
    var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory;
  }

  private static X509TrustManager x509(TrustManagerFactory factory) {
    return Arrays.stream(factory.getTrustManagers())
        .filter(X509TrustManager.class::isInstance)
        .map(X509TrustManager.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The JVM offers no X.509 trust manager"));
  }

  private static SSLContext context(X509TrustManager trustManager) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
    return context;
  }
}
