package dev.steward.addins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AddinManifestIntegrationTest extends IntegrationTest {

  @Test
  void servesTheOutlookManifestWithoutSignInAndItValidates() throws Exception {
    String xml =
        mvc.perform(get("/addin/outlook.xml"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(ManifestSchemas.errors(xml)).isEmpty();
    // The test profile sets no STEWARD_PUBLIC_URL: the default is this machine's port over HTTPS.
    assertThat(xml)
        .contains("DefaultValue=\"https://localhost:8080/?host=outlook\"")
        .contains("<Version>0.1.0.0</Version>");
  }

  @Test
  void servesTheExcelManifestWithoutSignInAndItValidates() throws Exception {
    String xml =
        mvc.perform(get("/addin/excel.xml"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(ManifestSchemas.errors(xml)).isEmpty();
    assertThat(xml).contains("DefaultValue=\"https://localhost:8080/?host=excel\"");
  }

  @Test
  void servesTheIconsTheManifestsPointAt() throws Exception {
    for (int size : new int[] {16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144}) {
      byte[] png =
          mvc.perform(get("/addin/assets/icon-{size}.png", size))
              .andExpect(status().isOk())
              .andExpect(content().contentType(MediaType.IMAGE_PNG))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(size);
      assertThat(image.getHeight()).isEqualTo(size);
    }
  }

  @Test
  void listsBothDownloadsForAdmins() throws Exception {
    api.get("/api/addins")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("0.1.0.0"))
        .andExpect(jsonPath("$.addins[0].host").value("outlook"))
        .andExpect(jsonPath("$.addins[0].url").value("https://localhost:8080/addin/outlook.xml"))
        .andExpect(jsonPath("$.addins[1].host").value("excel"))
        .andExpect(jsonPath("$.addins[1].url", endsWith("/addin/excel.xml")));
  }

  @Test
  void keepsTheDownloadListFromUsersWhoAreNotAdmins() throws Exception {
    signIn(firm, Role.USER).get("/api/addins").andExpect(status().isForbidden());
    mvc.perform(get("/api/addins")).andExpect(status().isUnauthorized());
  }
}
