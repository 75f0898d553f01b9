package dev.steward;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the API as one firm. */
public final class Api {

  private final MockMvc mvc;
  private final UUID firm;

  public Api(MockMvc mvc, UUID firm) {
    this.mvc = mvc;
    this.firm = firm;
  }

  public ResultActions get(String path, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.get(path, vars));
  }

  public ResultActions post(String path, String json, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.post(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  public ResultActions put(String path, String json, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.put(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  public ResultActions delete(String path, Object... vars) throws Exception {
    return perform(MockMvcRequestBuilders.delete(path, vars));
  }

  public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header(TestTenantResolver.HEADER, firm.toString()));
  }

  /** A value read from the JSON body of a finished request. */
  public static <T> T read(ResultActions result, String jsonPath) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), jsonPath);
  }

  /** Posts and returns the {@code id} of what was created. */
  public UUID create(String path, String json, Object... vars) throws Exception {
    var result = post(path, json, vars).andReturn().getResponse();
    if (result.getStatus() != 201) {
      throw new AssertionError("POST " + path + " gave " + result.getStatus() + ": " + result.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(result.getContentAsString(), "$.id"));
  }
}
