package dev.steward.spreadsheets;

import dev.steward.spreadsheets.read.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.apache.commons.io.input.ProxyInputStream;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Rows posted as JSON are parsed whole, in memory, before any of them can be counted; so their body
 * is bounded in bytes before it is parsed, by the same setting as an uploaded file
 * (STEWARD_UPLOAD_MAX_FILE_SIZE): refused at once when its declared length is larger, and stopped
 * once that many bytes were read when it declares none.
 */
@ControllerAdvice
class SheetRowsBodyLimit extends RequestBodyAdviceAdapter {

  private final long maxBytes;

  SheetRowsBodyLimit(ImportSettings settings) {
    this.maxBytes = settings.maxFileSize().toBytes();
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType == SheetRows.class;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    if (input.getHeaders().getContentLength() > maxBytes) {
      throw UnreadableFileException.tooLarge(maxBytes);
    }
    InputStream body = new Bounded(input.getBody(), maxBytes);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return body;
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }

  /** The body, refused once more than {@code max} bytes have come through. */
  private static final class Bounded extends ProxyInputStream {

    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    protected void afterRead(int n) {
      if (n > 0) {
        count += n;
        if (count > max) {
          throw UnreadableFileException.tooLarge(max);
        }
      }
    }
  }
}
