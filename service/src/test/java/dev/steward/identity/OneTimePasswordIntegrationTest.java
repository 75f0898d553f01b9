package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A one-time password signs in exactly once, into the "choose your password" step. */
class OneTimePasswordIntegrationTest extends IntegrationTest {

  @Autowired UserService userService;
  @Autowired UserPasswords passwords;

  @Test
  void aRegisteredUsersOneTimePasswordSignsInOnceThenSaysWhyItIsRefused() throws Exception {
    String subdomain = Api.read(api.get("/api/tenant"), "$.subdomain");
    String email = "once-" + UUID.randomUUID() + "@example.com";
    var registered =
        api.post(
                "/api/auth/register",
                """
        {"email":"%s","fullName":"Olive Once","role":"user"}"""
                    .formatted(email))
            .andExpect(status().isCreated());
    String oneTime = JsonPath.read(body(registered), "$.oneTimePassword");
    String userId = JsonPath.read(body(registered), "$.user.id");

    login(subdomain, email, oneTime)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.mustChangePassword").value(true));
    login(subdomain, email, oneTime)
        .andExpect(status().isUnauthorized())
        .andExpect(
            jsonPath(
                "$.detail",
                allOf(
                    containsString("already been used"),
                    containsString("Ask an administrator for a new one"))));

    List<String> reasons =
        Api.read(
            api.get("/api/audit?action=auth.sign_in_failed&entityId=" + userId),
            "$.items[*].changes.reason");
    assertThat(reasons).contains("one-time password used again");

    // An admin's reset gives a new one-time password, which again works once.
    String renewed =
        Api.read(
            api.post("/api/users/{id}/reset-password", "", userId).andExpect(status().isOk()),
            "$.oneTimePassword");
    login(subdomain, email, renewed).andExpect(status().isOk());
    login(subdomain, email, renewed).andExpect(status().isUnauthorized());
  }

  @Test
  void theFirstAdminsSpentOneTimePasswordIsReplacedAtTheNextStartUntilTheyChooseOne()
      throws Exception {
    UUID newFirm = newFirm();
    String subdomain = tenants.find(newFirm).orElseThrow().subdomain();
    String email = "first-" + UUID.randomUUID() + "@example.com";
    String oneTime = UserPasswords.oneTimePassword();
    CurrentTenant.runAs(newFirm, () -> userService.createFirstAdmin(email, oneTime, true));

    String restricted =
        JsonPath.read(
            body(login(subdomain, email, oneTime).andExpect(status().isOk())), "$.accessToken");
    login(subdomain, email, oneTime)
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("Restart Steward")));

    String printedAtRestart = UserPasswords.oneTimePassword();
    assertThat(
            CurrentTenant.callAs(
                newFirm, () -> passwords.renewFirstAdminOneTimePassword(email, printedAtRestart)))
        .isTrue();
    mvc.perform(post("/api/auth/logout").header("Authorization", "Bearer " + restricted));
    String token =
        JsonPath.read(
            body(login(subdomain, email, printedAtRestart).andExpect(status().isOk())),
            "$.accessToken");
    mvc.perform(
            post("/api/auth/password")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"currentPassword":"%s","newPassword":"Copper-Kettle-Morning-17"}"""
                        .formatted(printedAtRestart)))
        .andExpect(status().isOk());

    assertThat(
            CurrentTenant.callAs(
                newFirm,
                () ->
                    passwords.renewFirstAdminOneTimePassword(
                        email, UserPasswords.oneTimePassword())))
        .as("an admin with a password of their own keeps it")
        .isFalse();
    login(subdomain, email, "Copper-Kettle-Morning-17").andExpect(status().isOk());
  }

  @Test
  void aFirmWhoseAdminHasAPasswordGetsNoNewOneTimePassword() {
    String email = "late-" + UUID.randomUUID() + "@example.com";
    CurrentTenant.runAs(
        firm,
        () -> userService.register(new RegisterRequest(email, "Late Admin", Role.ADMIN, null)));
    assertThat(
            CurrentTenant.callAs(
                firm,
                () ->
                    passwords.renewFirstAdminOneTimePassword(
                        email, UserPasswords.oneTimePassword())))
        .isFalse();
  }

  private ResultActions login(String subdomain, String email, String password) throws Exception {
    String address = Api.nextAddress();
    return mvc.perform(
        post("/api/auth/login")
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
            {"email":"%s","password":"%s","firm":"%s"}"""
                    .formatted(email, password, subdomain)));
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
