import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Helpers of infra/bench/send:
 *
 * <pre>
 *   serve PORT_FILE                            GreenMail's SMTP server on a free port, until killed
 *   data DIR TENANT CAMPAIGN MEMBERS           contacts.csv and members.csv for COPY (fixed seed)
 *   template                                   the campaign's mail as the API's JSON
 *   floor SMTP_PORT MEMBERS                    the same mails rendered by Thymeleaf and sent by a plain Jakarta
 *                                              Mail loop over one connection: prints the milliseconds
 * </pre>
 */
public class SendBench {

  static final String SUBJECT = "Your annual review, [[${contact.firstName}]]";
  static final String HTML = """
      <html><body>
      <p>Dear <span th:text="${contact.salutation}">friend</span>,</p>
      <p>It is time for the annual review of your plan with <b th:text="${firm.name}">us</b>. We hold a slot for
      <span th:text="${contact.company}"></span> in the coming weeks.</p>
      <p>Kind regards,<br><span th:text="${adviser.name}">Your adviser</span></p>
      <p style="font-size:12px"><a th:href="${unsubscribeUrl}">Unsubscribe</a></p>
      </body></html>
      """;
  static final String TEXT = """
      Dear [[${contact.salutation}]],

      It is time for the annual review of your plan with [[${firm.name}]].

      Kind regards,
      [[${adviser.name}]]

      Unsubscribe: [[${unsubscribeUrl}]]
      """;

  private static final String[] FIRST = {"Zoë", "Ana", "Jürgen", "Siobhán", "مريم", "François", "Łukasz", "Ingrid",
      "Chloé", "Søren", "Amélie", "Tomás", "Yusuf", "Björn", "Noémie"};
  private static final String[] LAST = {"Ångström", "Núñez", "Müller", "O'Brien", "الحسيني", "Dubois", "Wójcik",
      "Nyström", "Lefèvre", "Kjær", "García", "Öztürk", "Lindqvist", "Moreau", "Novák"};

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "serve" -> serve(Path.of(args[1]));
      case "data" -> data(Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]));
      case "floor" -> System.out.println(floor(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
      case "template" -> System.out.println("{\"subject\":" + json(SUBJECT) + ",\"html\":" + json(HTML)
          + ",\"text\":" + json(TEXT) + "}");
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static String json(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static void serve(Path portFile) throws Exception {
    var greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
    Files.writeString(portFile, String.valueOf(greenMail.getSmtp().getPort()));
    Thread.currentThread().join();
  }

  static String first(int i) {
    return FIRST[i % FIRST.length];
  }

  static String last(int i) {
    return LAST[(i / FIRST.length) % LAST.length] + " " + i;
  }

  static String email(int i) {
    return "member" + i + "@bench.example";
  }

  static void data(Path dir, String tenant, String campaign, int members) throws IOException {
    var random = new Random(42);
    Files.createDirectories(dir);
    try (var contacts = new PrintWriter(Files.newBufferedWriter(dir.resolve("contacts.csv"), StandardCharsets.UTF_8));
        var memberRows = new PrintWriter(Files.newBufferedWriter(dir.resolve("members.csv"), StandardCharsets.UTF_8))) {
      for (int i = 0; i < members; i++) {
        var id = new UUID(0x5e0d_0000_0000_4000L, 0x8000_0000_0000_0000L | i);
        String company = random.nextInt(3) == 0 ? "" : "Holding " + (i % 97);
        contacts.printf("%s,%s,individual,\"%s\",\"%s\",%s,%s%n", id, tenant, first(i), last(i).replace("\"", "\"\""),
            company, email(i));
        memberRows.printf("%s,%s,%s,%s,pending%n", UUID.randomUUID(), tenant, campaign, id);
      }
    }
  }

  /** The floor: the same template rendered by a bare Thymeleaf engine (SpEL) and sent by Jakarta Mail over one connection. */
  static long floor(int smtpPort, int members) throws Exception {
    var engine = new SpringTemplateEngine();
    var resolver = new StringTemplateResolver();
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    var props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort));
    var session = Session.getInstance(props);
    long started = System.nanoTime();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < members; i++) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("firstName", first(i));
        contact.put("salutation", first(i));
        contact.put("company", "Holding " + (i % 97));
        String link = "https://crm.bench.example/api/unsubscribe/" + UUID.randomUUID();
        var context = new Context(null, Map.of("contact", contact, "firm", Map.of("name", "Bench firm"),
            "adviser", Map.of("name", "Bench adviser"), "unsubscribeUrl", link));
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress("advice@bench.example", "Bench firm", "UTF-8"));
        message.setRecipient(MimeMessage.RecipientType.TO,
            new InternetAddress("floor" + i + "@bench.example", first(i) + " " + last(i), "UTF-8"));
        message.setSubject(engine.process(new TemplateSpec(SUBJECT, TemplateMode.TEXT), context), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", "<" + link + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        var text = new MimeBodyPart();
        text.setText(engine.process(new TemplateSpec(TEXT, TemplateMode.TEXT), context), "UTF-8");
        var html = new MimeBodyPart();
        html.setText(engine.process(new TemplateSpec(HTML, TemplateMode.HTML), context), "UTF-8", "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
    return (System.nanoTime() - started) / 1_000_000;
  }
}
