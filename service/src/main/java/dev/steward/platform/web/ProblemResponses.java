package dev.steward.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written straight to the response, for the security filters that run before Spring
 * MVC.
 */
public final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, Map.of());
  }

  /** With extension members after the standard ones, such as {@code "code": "invalid_token"}. */
  public static void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      Map<String, String> extensions)
      throws IOException {
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.putAll(extensions);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
