package dev.steward.microsoft;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * azure-identity's HTTP client, over the OkHttp that the Graph SDK already uses, instead of the
 * Netty client azure-identity would bring (with its native libraries). Token requests and answers
 * are small, so each answer is read whole.
 */
final class OkHttpAzureClient implements HttpClient {

  /** Headers OkHttp sets itself from the request. */
  private static final Set<String> OWN_HEADERS =
      Set.of("host", "content-length", "connection", "transfer-encoding");

  private final OkHttpClient http;

  OkHttpAzureClient(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Mono<HttpResponse> send(HttpRequest request) {
    return Mono.fromCallable(() -> exchange(request));
  }

  @Override
  public HttpResponse sendSync(HttpRequest request, Context context) {
    try {
      return exchange(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse exchange(HttpRequest request) throws IOException {
    var builder = new Request.Builder().url(request.getUrl());
    request.getHeaders().stream()
        .filter(
            header -> !OWN_HEADERS.contains(header.getName().toLowerCase(java.util.Locale.ROOT)))
        .forEach(
            header ->
                header
                    .getValuesList()
                    .forEach(value -> builder.addHeader(header.getName(), value)));
    BinaryData body = request.getBodyAsBinaryData();
    String method = request.getHttpMethod().name();
    RequestBody requestBody =
        body != null
            ? RequestBody.create(body.toBytes(), null)
            : Set.of("POST", "PUT", "PATCH").contains(method)
                ? RequestBody.create(new byte[0], null)
                : null;
    builder.method(method, requestBody);
    try (Response response = http.newCall(builder.build()).execute()) {
      var headers = new HttpHeaders();
      for (String name : response.headers().names()) {
        headers.set(name, response.headers(name));
      }
      ResponseBody responseBody = response.body();
      byte[] bytes = responseBody == null ? new byte[0] : responseBody.bytes();
      return new Buffered(request, response.code(), headers, bytes);
    }
  }

  /** An answer read whole. */
  private static final class Buffered extends HttpResponse {

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    Buffered(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
      super(request);
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public int getStatusCode() {
      return status;
    }

    @Override
    @Deprecated
    public String getHeaderValue(String name) {
      return headers.getValue(name);
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public Flux<ByteBuffer> getBody() {
      return Flux.just(ByteBuffer.wrap(body));
    }

    @Override
    public BinaryData getBodyAsBinaryData() {
      return BinaryData.fromBytes(body);
    }

    @Override
    public Mono<byte[]> getBodyAsByteArray() {
      return Mono.just(body);
    }

    @Override
    public Mono<String> getBodyAsString() {
      return getBodyAsString(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<String> getBodyAsString(Charset charset) {
      return Mono.just(new String(body, charset));
    }
  }
}
