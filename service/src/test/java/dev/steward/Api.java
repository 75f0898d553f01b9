package dev.steward;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Requests to the API as one signed-in user, with a Bearer token as the add-ins and scripts send
 * it.
 */
public final class Api {

  private final MockMvc mvc;
  private final String accessToken;
  private final UUID userId;

  private Api(MockMvc mvc, String accessToken, UUID userId) {
    this.mvc = mvc;
    this.accessToken = accessToken;
    this.userId = userId;
  }

  /**
   * Signs in through {@code POST /api/auth/login}, naming the firm by its subdomain. Each sign-in
   * comes from an address of its own, so that the per-address sign-in limits of one test never meet
   * another's.
   */
  public static Api signIn(MockMvc mvc, String firmSubdomain, String email, String password)
      throws Exception {
    String address = nextAddress();
    var response =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/auth/login")
                    .with(
                        request -> {
                          request.setRemoteAddr(address);
                          return request;
                        })
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                {"email":"%s","password":"%s","firm":"%s"}"""
                            .formatted(email, password, firmSubdomain)))
            .andReturn()
            .getResponse();
    if (response.getStatus() != 200) {
      throw new AssertionError(
          "Sign-in gave " + response.getStatus() + ": " + response.getContentAsString());
    }
    String body = response.getContentAsString();
    return new Api(
        mvc,
        JsonPath.read(body, "$.accessToken"),
        UUID.fromString(JsonPath.read(body, "$.user.userId")));
  }

  /**
   * Requests with an access token issued without a sign-in, for users no sign-in can reach by firm
   * name.
   */
  public static Api withToken(MockMvc mvc, String accessToken, UUID userId) {
    return new Api(mvc, accessToken, userId);
  }

  public UUID userId() {
    return userId;
  }

  public String accessToken() {
    return accessToken;
  }

  public ResultActions get(String path, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.get(path, vars));
  }

  public ResultActions post(String path, String json, Object... vars) throws Exception {
    return perform(
        MockMvcRequestBuilders.post(path, vars)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  public ResultActions put(String path, String json, Object... vars) throws Exception {
    return perform(
        MockMvcRequestBuilders.put(path, vars)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  public ResultActions delete(String path, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.delete(path, vars));
  }

  public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken));
  }

  /** A value read from the JSON body of a finished request. */
  public static <T> T read(ResultActions result, String jsonPath) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), jsonPath);
  }

  /** Posts and returns the {@code id} of what was created. */
  public UUID create(String path, String json, Object... vars) throws Exception {
    var result = post(path, json, vars).andReturn().getResponse();
    if (result.getStatus() != 201) {
      throw new AssertionError(
          "POST " + path + " gave " + result.getStatus() + ": " + result.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(result.getContentAsString(), "$.id"));
  }

  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * An address no other sign-in of the test run has used, so that per-address limits of tests never
   * meet.
   */
  public static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
  }
}
