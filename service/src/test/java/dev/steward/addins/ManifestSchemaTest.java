package dev.steward.addins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The filled manifests against Microsoft's published schemas, with and without Entra. */
class ManifestSchemaTest {

  private static final String PUBLIC_URL = "https://crm.example.com";
  private static final String CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e";

  private final ManifestTemplates templates = new ManifestTemplates();

  @ParameterizedTest
  @EnumSource(AddinHost.class)
  void manifestWithoutEntraFollowsMicrosoftsSchema(AddinHost host) {
    String xml = templates.fill(host, PUBLIC_URL, "1.2.3.0", Optional.empty());

    assertThat(ManifestSchemas.errors(xml)).isEmpty();
    assertThat(xml)
        .doesNotContain("WebApplicationInfo")
        .doesNotContain("${")
        .doesNotContain("<!-- if entra -->")
        .doesNotContain("Template notes");
  }

  @ParameterizedTest
  @EnumSource(AddinHost.class)
  void manifestWithEntraFollowsMicrosoftsSchemaAndNamesTheApi(AddinHost host) {
    String xml = templates.fill(host, PUBLIC_URL, "1.2.3.0", Optional.of(CLIENT_ID));

    assertThat(ManifestSchemas.errors(xml)).isEmpty();
    assertThat(xml)
        .contains("<Id>" + CLIENT_ID + "</Id>")
        .contains("<Resource>api://" + CLIENT_ID + "</Resource>")
        .doesNotContain("${");
  }

  @Test
  void outlookManifestOpensThePaneOnReadMessagesIncludingSharedMailboxes() {
    String xml = templates.fill(AddinHost.OUTLOOK, PUBLIC_URL, "1.0.0.0", Optional.empty());

    assertThat(xml)
        .contains("<Form xsi:type=\"ItemRead\">")
        .contains("<Rule xsi:type=\"ItemIs\" ItemType=\"Message\" FormType=\"Read\"/>")
        .contains("<ExtensionPoint xsi:type=\"MessageReadCommandSurface\">")
        .contains("<SupportsSharedFolders>true</SupportsSharedFolders>")
        .contains("<Permissions>ReadWriteMailbox</Permissions>")
        .contains("DefaultValue=\"https://crm.example.com/?host=outlook\"")
        .contains("https://crm.example.com/addin/assets/icon-80.png");
  }

  @Test
  void outlookManifestOpensThePaneInComposeInBothOverridesAndOnMobileReadMessages() {
    String xml = templates.fill(AddinHost.OUTLOOK, PUBLIC_URL, "1.0.0.0", Optional.empty());

    assertThat(xml)
        .contains("<Form xsi:type=\"ItemEdit\">")
        .contains("<Rule xsi:type=\"ItemIs\" ItemType=\"Message\" FormType=\"Edit\"/>");
    String v10 =
        xml.substring(xml.indexOf("VersionOverridesV1_0"), xml.indexOf("VersionOverridesV1_1"));
    String v11 = xml.substring(xml.indexOf("VersionOverridesV1_1"));
    assertThat(v10)
        .contains("<ExtensionPoint xsi:type=\"MessageComposeCommandSurface\">")
        .doesNotContain("<MobileFormFactor>");
    assertThat(v11)
        .contains("<ExtensionPoint xsi:type=\"MessageComposeCommandSurface\">")
        .contains("<ExtensionPoint xsi:type=\"MobileMessageReadCommandSurface\">")
        .contains("<Control xsi:type=\"MobileButton\" id=\"stewardOpenMobilePane\">")
        .contains("https://crm.example.com/addin/assets/icon-144.png");
  }

  @Test
  void outlookManifestRecordsTrackedMailOnSendWithoutEverBlockingASend() {
    String xml = templates.fill(AddinHost.OUTLOOK, PUBLIC_URL, "1.0.0.0", Optional.empty());
    String v10 =
        xml.substring(xml.indexOf("VersionOverridesV1_0"), xml.indexOf("VersionOverridesV1_1"));
    String v11 = xml.substring(xml.indexOf("VersionOverridesV1_1"));

    assertThat(v10).doesNotContain("LaunchEvent").doesNotContain("<Runtimes>");
    assertThat(v11)
        .contains("<bt:Sets DefaultMinVersion=\"1.12\">")
        .contains("<Runtime resid=\"Steward.OnSend.Url\">")
        .contains("<Override type=\"javascript\" resid=\"Steward.OnSend.Js\"/>")
        .contains("<ExtensionPoint xsi:type=\"LaunchEvent\">")
        .contains(
            "<LaunchEvent Type=\"OnMessageSend\" FunctionName=\"onMessageSendHandler\""
                + " SendMode=\"SoftBlock\"/>")
        .contains("<SourceLocation resid=\"Steward.OnSend.Url\"/>")
        .contains(
            "<bt:Url id=\"Steward.OnSend.Url\""
                + " DefaultValue=\"https://crm.example.com/launchevent.html\"/>")
        .contains(
            "<bt:Url id=\"Steward.OnSend.Js\""
                + " DefaultValue=\"https://crm.example.com/launchevent.js\"/>");
    // Runtimes belongs before DesktopFormFactor, and SendMode takes only Microsoft's values.
    assertThat(v11.indexOf("<Runtimes>")).isLessThan(v11.indexOf("<DesktopFormFactor>"));
    assertThat(ManifestSchemas.errors(xml.replace("SendMode=\"SoftBlock\"", "SendMode=\"Never\"")))
        .anySatisfy(error -> assertThat(error).contains("Never"));
    String runtimes =
        v11.substring(
            v11.indexOf("          <Runtimes>"), v11.indexOf("          <DesktopFormFactor>"));
    assertThat(
            ManifestSchemas.errors(
                xml.replace(runtimes, "")
                    .replace("<MobileFormFactor>", runtimes + "          <MobileFormFactor>")))
        .anySatisfy(error -> assertThat(error).contains("Runtimes"));
  }

  @Test
  void mobileButtonWithoutItsNineIconsFailsValidation() {
    String xml = templates.fill(AddinHost.OUTLOOK, PUBLIC_URL, "1.0.0.0", Optional.empty());
    String lastIcon = "<bt:Image size=\"48\" scale=\"3\" resid=\"Steward.Icon.144\"/>";
    assertThat(xml).contains(lastIcon);

    assertThat(ManifestSchemas.errors(xml.replace(lastIcon, ""))).isNotEmpty();
  }

  @Test
  void excelManifestPutsItsButtonOnTheHomeTab() {
    String xml = templates.fill(AddinHost.EXCEL, PUBLIC_URL, "1.0.0.0", Optional.empty());

    assertThat(xml)
        .contains("<Host Name=\"Workbook\"/>")
        .contains("<Permissions>ReadWriteDocument</Permissions>")
        .contains("<OfficeTab id=\"TabHome\">")
        .contains("<Action xsi:type=\"ShowTaskpane\">")
        .contains("DefaultValue=\"https://crm.example.com/?host=excel\"");
  }

  @ParameterizedTest
  @EnumSource(AddinHost.class)
  void elementOutOfOrderFailsValidation(AddinHost host) {
    String xml = templates.fill(host, PUBLIC_URL, "1.0.0.0", Optional.empty());
    // Swap Version and ProviderName: the same elements, only their order differs.
    String version = xml.substring(xml.indexOf("  <Version>"), xml.indexOf("  <ProviderName>"));
    String swapped =
        xml.replace(version, "").replace("</ProviderName>\n", "</ProviderName>\n" + version);
    assertThat(swapped).isNotEqualTo(xml).contains("<Version>1.0.0.0</Version>");

    assertThat(ManifestSchemas.errors(swapped))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error).contains("ProviderName"));
  }

  @Test
  void sharedFoldersAfterTheExtensionPointFailsValidation() {
    String xml = templates.fill(AddinHost.OUTLOOK, PUBLIC_URL, "1.0.0.0", Optional.empty());
    // SupportsSharedFolders must come first in DesktopFormFactor: the same element after the
    // extension point is wrong.
    String end = "\n            </ExtensionPoint>\n          </DesktopFormFactor>";
    String misplaced =
        xml.replaceFirst(" *<SupportsSharedFolders>true</SupportsSharedFolders>\n", "")
            .replace(
                end,
                "\n            </ExtensionPoint>\n            <SupportsSharedFolders>true</SupportsSharedFolders>"
                    + "\n          </DesktopFormFactor>");
    assertThat(xml).contains(end);
    assertThat(misplaced).isNotEqualTo(xml).containsOnlyOnce("<SupportsSharedFolders>");

    assertThat(ManifestSchemas.errors(misplaced))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error).contains("SupportsSharedFolders"));
  }

  @Test
  void manifestVersionKeepsAtMostFourNumbers() {
    assertThat(ManifestTemplates.manifestVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0.0");
    assertThat(ManifestTemplates.manifestVersion("2.4")).isEqualTo("2.4.0.0");
    assertThat(ManifestTemplates.manifestVersion("3.10.7")).isEqualTo("3.10.7.0");
    assertThat(ManifestTemplates.manifestVersion(null)).isEqualTo("1.0.0.0");
  }
}
