package dev.steward.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.contacts.ContactType;
import dev.steward.contacts.MailRecipient;
import dev.steward.platform.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Firms' templates render merge fields and nothing else: no server access, no contact data read as
 * code.
 */
class SandboxedTemplatesTest {

  private final SandboxedTemplates sandbox = new SandboxedTemplates();

  private static MailRecipient contact(String first, String last, Map<String, String> custom) {
    return new MailRecipient(
        UUID.randomUUID(),
        ContactType.INDIVIDUAL,
        (first + " " + last).strip(),
        first,
        last,
        "Société Générale",
        "CFO",
        "someone@example.com",
        "Zürich",
        custom,
        null);
  }

  private static Map<String, Object> fields(MailRecipient contact) {
    return MergeFields.of(
        contact, "Zoë Adviser", "Harbour & Co", "Spring review", "https://x.example/u/abc");
  }

  private RenderedMail render(String subject, String html, String text, MailRecipient contact) {
    return sandbox.render(new MailTemplate(subject, html, text), fields(contact));
  }

  @Test
  void mergesContactAdviserAndCustomFieldsWithAccentsAndRightToLeftNames() {
    var rendered =
        render(
            "Hello [[${contact.firstName}]]",
            "<p>Dear <span th:text=\"${contact.salutation}\">x</span> of <b th:text=\"${contact.company}\">c</b>,"
                + " [[${custom.risk_profile}]] [[${custom['favourite colour']}]] from [[${adviser.name}]]</p>",
            "Dear [[${contact.name}]], [[${adviser.name}]] at [[${firm.name}]]",
            contact(
                "مريم",
                "الحسيني",
                Map.of("risk_profile", "Prudent", "favourite colour", "Vert émeraude")));

    assertThat(rendered.subject()).isEqualTo("Hello مريم");
    assertThat(rendered.html())
        .isEqualTo(
            "<p>Dear <span>مريم</span> of <b>Société Générale</b>, Prudent "
                + "Vert émeraude from Zoë Adviser</p>");
    assertThat(rendered.text()).isEqualTo("Dear مريم الحسيني, Zoë Adviser at Harbour & Co");
  }

  @Test
  void escapesContactDataEvenWhereTheTemplateAsksForUnescapedOutput() {
    var hostile = contact("<script>alert(1)</script>", "<b>Bold</b>", Map.of());

    var rendered =
        render(
            "s",
            "<p th:utext=\"${contact.firstName}\">x</p><p data-th-utext=\"${contact.lastName}\">"
                + "</p><p>[(${contact.firstName})]</p>",
            "t",
            hostile);

    assertThat(rendered.html())
        .doesNotContain("<script>")
        .doesNotContain("<b>Bold")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b&gt;Bold&lt;/b&gt;");
  }

  @Test
  void contactDataThatLooksLikeAnExpressionStaysText() {
    var hostile =
        contact(
            "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}",
            "[[${adviser.name}]]",
            Map.of("note", "__${T(java.lang.System).exit(1)}__"));

    var rendered =
        render(
            "[[${contact.firstName}]]",
            "<p th:text=\"${contact.lastName}\"></p>[[${custom.note}]]",
            "[(${contact.firstName})]",
            hostile);

    assertThat(rendered.subject())
        .isEqualTo("${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}");
    assertThat(rendered.html())
        .isEqualTo("<p>[[${adviser.name}]]</p>__${T(java.lang.System).exit(1)}__");
    assertThat(rendered.text())
        .isEqualTo("${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}");
  }

  @Test
  void refusesStaticClassesMethodCallsAndUtilityObjects(@TempDir Path dir) {
    Path marker = dir.resolve("pwned");
    for (String expression :
        new String[] {
          "T(java.lang.Runtime).getRuntime().exec('touch " + marker + "')",
          "@java.lang.Runtime@getRuntime().exec('touch " + marker + "')",
          "contact.firstName.getClass().forName('java.lang.Runtime')",
          "new java.io.File('" + marker + "').createNewFile()",
          "#ctx.environment",
          "#strings.toString(contact)",
          "@environment",
          "contact['firstName'].length()",
          "T(java.lang.System).getenv()",
          "contact.firstName ?: T(java.lang.Runtime)"
        }) {
      assertThatThrownBy(
              () ->
                  render(
                      "s",
                      "<p th:text=\"${" + expression + "}\"></p>",
                      "t",
                      contact("A", "B", Map.of())))
          .as(expression)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Only merge fields");
    }
    assertThat(Files.exists(marker)).isFalse();
  }

  @Test
  void refusesPreprocessingAndTemplateInclusion() {
    String[] hostile = {
      "<p th:text=\"__${T(java.lang.Runtime).getRuntime().exec('id')}__\"></p>",
      "<p th:text=\"__${contact.firstName}__\"></p>",
      "[[__${contact.firstName}__]]",
      "<div th:insert=\"~{/etc/passwd}\"></div>",
      "<div th:replace=\"mail/unsubscribe\"></div>",
      "<div th:insert=\"~{::p}\"></div>"
    };
    for (String html : hostile) {
      assertThatThrownBy(() -> render("s", html, "t", contact("A", "B", Map.of())))
          .as(html)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void readsNoFileAsATemplate() {
    var rendered =
        render(
            "/etc/passwd",
            "templates/mail/unsubscribe.html",
            "classpath:application.yml",
            contact("A", "B", Map.of()));

    assertThat(rendered.subject()).isEqualTo("/etc/passwd");
    assertThat(rendered.html()).isEqualTo("templates/mail/unsubscribe.html");
    assertThat(rendered.text()).isEqualTo("classpath:application.yml");
  }

  @Test
  void saysWhichPartCannotRender() {
    assertThatThrownBy(
            () ->
                render(
                    "s",
                    "<p th:text=\"${contact.firstName\"></p>",
                    "t",
                    contact("A", "B", Map.of())))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().get(0).field())
                    .isEqualTo("html"));
  }

  @Test
  void theStarterTemplateRendersWithItsMergeFields() {
    var rendered =
        sandbox.render(MailTemplates.STARTER, fields(contact("Ada", "Lovelace", Map.of())));

    assertThat(rendered.subject()).isEqualTo("Spring review");
    assertThat(rendered.html())
        .contains("Dear <span>Ada</span>")
        .contains("href=\"https://x.example/u/abc\"");
    assertThat(rendered.text()).contains("Zoë Adviser").contains("https://x.example/u/abc");
  }
}
