import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mail sync benchmark's mailbox: a generated inbox (fixed seed) of N messages, R of them replies to a campaign of M
 * members, served by WireMock as Microsoft Graph serves it (delta pages honouring {@code Prefer: odata.maxpagesize},
 * {@code $batch} of message GETs with internetMessageHeaders, an app token), counting every request.
 *
 * <pre>
 * java MailboxBench data  &lt;out-dir&gt; &lt;tenant&gt; &lt;campaign&gt; &lt;send-date&gt; &lt;messages&gt; &lt;replies&gt; &lt;members&gt;
 * java MailboxBench serve &lt;keystore.p12&gt; &lt;password&gt; &lt;port-file&gt; &lt;send-date&gt; &lt;messages&gt; &lt;replies&gt; &lt;members&gt;
 * java MailboxBench floor &lt;graph-base&gt; &lt;certificate.pem&gt; &lt;mailbox&gt; &lt;page-size&gt;
 * </pre>
 *
 * The inbox, besides the replies (by conversation, by In-Reply-To only, by sender only): out-of-office replies from
 * members in their campaign conversation (most known by their subject in one of several languages, some only by
 * their Auto-Submitted header), bounces from postmasters in campaign conversations, members' mail from before the
 * send date, mail from contacts who are not members, and mail from strangers (newsletters, colleagues).
 */
public class MailboxBench {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String[] FIRST = {"José", "Zoë", "Anna", "Björn", "Chloé", "David", "Émile", "Fatima", "Grace",
      "Hiroshi", "Inès", "Jürgen", "Kofi", "Łucja", "Mary", "Niamh", "Olivia", "Pádraig", "Quentin", "Ravi"};
  static final String[] LAST = {"Müller", "Ó Briain", "Nguyễn", "García", "Smith", "Jones", "Kowalski", "Dubois",
      "Rossi", "Andersson", "Okafor", "Tanaka", "Brown", "O'Neill", "Hernández", "Novák", "Lefèvre", "Schäfer"};
  static final String[] OOF = {"Automatic reply: ", "Out of Office: ", "Abwesenheitsnotiz: ", "Réponse automatique : ",
      "Respuesta automática: ", "Risposta automatica: ", "Automatisch antwoord: "};
  static final String SUBJECT = "Your autumn estate-planning letter";

  /** One message of the inbox, and what it truly is. */
  record Message(int n, String from, String fromName, String subject, String conversationId, Instant receivedAt,
      Map<String, String> headers, int member, String truth) {

    String id() {
      return "AAMkAGBench" + n;
    }

    String internetMessageId() {
      return "<m" + n + "@mail.bench.example>";
    }
  }

  /** The inbox and the campaign, from the sizes and a fixed seed. */
  static final class Mailbox {

    final List<Message> messages = new ArrayList<>();
    final int members;
    final int nonMembers;

    Mailbox(LocalDate sendDate, int total, int replies, int members) {
      this.members = members;
      this.nonMembers = Math.max(1, members / 4);
      var random = new Random(20261205L);
      Instant sent = sendDate.atStartOfDay(ZoneOffset.UTC).toInstant();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      int next = 0;
      int n = 0;
      // Replies: 45% in the campaign mail's conversation, 30% naming it only in In-Reply-To, 25% by sender only
      for (int r = 0; r < replies && next < members; r++) {
        int member = order.get(next++);
        Instant at = sent.plusSeconds(3600 + random.nextInt(30 * 86_400));
        Map<String, String> headers = new LinkedHashMap<>();
        String kind;
        String conversation;
        if (r % 20 < 9) {
          kind = "conversation";
          conversation = conversation(member);
          headers.put("In-Reply-To", campaignMessageId(member));
        } else if (r % 20 < 15) {
          kind = "in_reply_to";
          conversation = "AAQkNEW" + n;
          headers.put("In-Reply-To", campaignMessageId(member));
          headers.put("References", campaignMessageId(member));
        } else {
          kind = "sender";
          conversation = "AAQkNEW" + n;
        }
        messages.add(new Message(n++, memberEmail(member), memberName(member), kind.equals("sender")
            ? "Question about my will" : "RE: " + SUBJECT, conversation, at, headers, member, kind));
      }
      int noise = total - messages.size();
      int oof = Math.min(noise, Math.max(1, total / 70));
      int bounces = Math.min(noise - oof, Math.max(1, total / 170));
      int before = Math.min(noise - oof - bounces, Math.max(1, total / 35));
      int contacts = Math.min(noise - oof - bounces - before, Math.max(1, total / 20));
      for (int i = 0; i < oof && next < members; i++) {
        int member = order.get(next++);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-replied");
        headers.put("X-Auto-Response-Suppress", "All");
        // One in five says so only in its headers
        String subject = i % 5 == 0 ? "RE: " + SUBJECT : OOF[i % OOF.length] + SUBJECT;
        messages.add(new Message(n++, memberEmail(member), memberName(member), subject, conversation(member),
            sent.plusSeconds(600 + random.nextInt(86_400)), headers, member, "automatic"));
      }
      for (int i = 0; i < bounces; i++) {
        int member = random.nextInt(members);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "multipart/report; report-type=delivery-status");
        String from = i % 2 == 0 ? "postmaster@example.com" : "MAILER-DAEMON@mx.example.net";
        messages.add(new Message(n++, from, "Mail Delivery System", i % 2 == 0 ? "Undeliverable: " + SUBJECT
            : "Delivery Status Notification (Failure)", conversation(member), sent.plusSeconds(60 + i), headers,
            member, "bounce"));
      }
      for (int i = 0; i < before; i++) {
        int member = random.nextInt(members);
        messages.add(new Message(n++, memberEmail(member), memberName(member), "Our meeting in the summer",
            "AAQkOLD" + n, sent.minusSeconds(86_400 + random.nextInt(60 * 86_400)), Map.of(), member, "before"));
      }
      for (int i = 0; i < contacts; i++) {
        int contact = random.nextInt(nonMembers);
        messages.add(new Message(n++, nonMemberEmail(contact), "Client " + contact, "Can we talk about my pension?",
            "AAQkCLIENT" + n, sent.plusSeconds(random.nextInt(30 * 86_400)), Map.of(), -1, "non-member"));
      }
      while (messages.size() < total) {
        int i = n;
        String from = i % 3 == 0 ? "news@newsletter.example" : "colleague" + (i % 40) + "@firm.example";
        messages.add(new Message(n++, from, i % 3 == 0 ? "Weekly market notes" : "A colleague",
            i % 3 == 0 ? "Markets this week" : "Lunch on Friday?", "AAQkOTHER" + i,
            sent.plusSeconds(random.nextInt(60 * 86_400) - 30L * 86_400), Map.of(), -1, "stranger"));
      }
      Collections.shuffle(messages, random);
    }

    static String conversation(int member) {
      return "AAQkCONV" + member;
    }

    static String campaignMessageId(int member) {
      return "<campaign-" + member + "@steward.bench>";
    }

    static String memberName(int i) {
      return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
    }

    static String memberEmail(int i) {
      String ascii = Normalizer.normalize(memberName(i), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .replace("Ł", "L").replace("ł", "l").toLowerCase().replaceAll("[^a-z]+", ".");
      return ascii + "." + i + "@example.com";
    }

    static String nonMemberEmail(int i) {
      return "client." + i + "@example.org";
    }
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "data" -> data(Path.of(args[1]), args[2], args[3], LocalDate.parse(args[4]), Integer.parseInt(args[5]),
          Integer.parseInt(args[6]), Integer.parseInt(args[7]));
      case "serve" -> serve(Path.of(args[1]), args[2], Path.of(args[3]), LocalDate.parse(args[4]),
          Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
      case "floor" -> floor(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException("data, serve or floor, not " + args[0]);
    }
  }

  /** contacts.csv, members.csv, interactions.csv, interaction_contacts.csv and expected.csv for \copy. */
  static void data(Path out, String tenant, String campaign, LocalDate sendDate, int total, int replies, int members)
      throws IOException {
    var mailbox = new Mailbox(sendDate, total, replies, members);
    Instant sent = sendDate.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(8 * 3600);
    try (BufferedWriter contacts = Files.newBufferedWriter(out.resolve("contacts.csv"));
        BufferedWriter rows = Files.newBufferedWriter(out.resolve("members.csv"));
        BufferedWriter interactions = Files.newBufferedWriter(out.resolve("interactions.csv"));
        BufferedWriter links = Files.newBufferedWriter(out.resolve("interaction_contacts.csv"));
        BufferedWriter expected = Files.newBufferedWriter(out.resolve("expected.csv"))) {
      for (int i = 0; i < members; i++) {
        String[] name = Mailbox.memberName(i).split(" ", 2);
        String contact = memberId(i).toString();
        contacts.write(String.join(",", contact, tenant, "individual", csv(name[0]), csv(name[1]),
            Mailbox.memberEmail(i)) + "\n");
        rows.write(String.join(",", new UUID(0xBE4CL, i).toString(), tenant, campaign, contact, "pending",
            sent.minusSeconds(86_400).toString()) + "\n");
        String interaction = new UUID(0x1A7EL, i).toString();
        interactions.write(String.join(",", interaction, tenant, "email", "outbound", csv(SUBJECT), sent.toString(),
            Mailbox.campaignMessageId(i), Mailbox.conversation(i), campaign) + "\n");
        links.write(String.join(",", tenant, interaction, contact) + "\n");
      }
      for (int i = 0; i < mailbox.nonMembers; i++) {
        contacts.write(String.join(",", new UUID(0xC11EL, i).toString(), tenant, "individual", "Client",
            String.valueOf(i), Mailbox.nonMemberEmail(i)) + "\n");
      }
      for (Message message : mailbox.messages) {
        if (message.truth().equals("conversation") || message.truth().equals("in_reply_to")
            || message.truth().equals("sender")) {
          expected.write(memberId(message.member()) + "," + message.truth() + "\n");
        }
      }
    }
  }

  static UUID memberId(int i) {
    return new UUID(0x5EEDL, i);
  }

  static String csv(String value) {
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  /** WireMock as Graph over HTTPS; writes its port, then serves until killed. */
  static void serve(Path keystore, String password, Path portFile, LocalDate sendDate, int total, int replies,
      int members) throws Exception {
    var graph = new FakeGraph(new Mailbox(sendDate, total, replies, members));
    var server = new WireMockServer(wireMockConfig().extensions(graph).port(0).httpsPort(0)
        .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(password)
        .keyManagerPassword(password).containerThreads(20).disableRequestJournal());
    try {
      server.start();
    } catch (RuntimeException e) {
      // Jetty's threads would keep this JVM alive after a failed start
      server.stop();
      throw e;
    }
    server.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token")).willReturn(aResponse().withTransformers("graph")));
    server.stubFor(any(urlPathMatching("/(v1.0|bench)/.*")).willReturn(aResponse().withTransformers("graph")));
    Files.writeString(portFile, String.valueOf(server.httpsPort()));
    Thread.currentThread().join();
  }

  /** Graph's answers, made from the mailbox, with the count of each kind of request. */
  static final class FakeGraph implements ResponseDefinitionTransformerV2 {

    private static final Pattern PART = Pattern.compile("^/users/[^/]+/messages/AAMkAGBench(\\d+)\\?.*");
    private final Mailbox mailbox;
    private final Map<String, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();

    FakeGraph(Mailbox mailbox) {
      this.mailbox = mailbox;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      var request = event.getRequest();
      URI url = URI.create(request.getAbsoluteUrl());
      String path = url.getPath();
      if (path.endsWith("/oauth2/v2.0/token")) {
        count("token");
        return json(200, "{\"token_type\":\"Bearer\",\"scope\":\"https://graph.microsoft.com/.default\",\"expires_in\":3599,\"ext_expires_in\":3599,"
            + "\"access_token\":\"bench-app-token\"}");
      }
      if (path.equals("/bench/counts")) {
        return json(200, JSON.writeValueAsString(counts.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
      }
      if (path.contains("/mailFolders/inbox/messages/delta")) {
        count("delta");
        return delta(url, request.getHeader("Prefer"));
      }
      if (path.equals("/v1.0/$batch")) {
        count("batch");
        return batch(request.getBodyAsString());
      }
      count("other");
      return json(404, "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"Not found\"}}");
    }

    private void count(String kind) {
      counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private ResponseDefinition delta(URI url, String prefer) {
      Map<String, String> query = query(url.getRawQuery());
      String base = url.getScheme() + "://" + url.getAuthority() + url.getPath().replace("/delta()", "/delta");
      if (query.containsKey("$deltatoken")) {
        return json(200, "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#Collection(message)\","
            + "\"@odata.deltaLink\":\"" + base + "?$deltatoken=after-" + mailbox.messages.size() + "\",\"value\":[]}");
      }
      int from = Integer.parseInt(query.getOrDefault("$skiptoken", "0"));
      int size = pageSize(prefer);
      int to = Math.min(mailbox.messages.size(), from + size);
      ObjectNode page = JSON.createObjectNode();
      page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#Collection(message)");
      if (to < mailbox.messages.size()) {
        page.put("@odata.nextLink", base + "?$skiptoken=" + to);
      } else {
        page.put("@odata.deltaLink", base + "?$deltatoken=after-" + to);
      }
      ArrayNode value = page.putArray("value");
      for (Message message : mailbox.messages.subList(from, to)) {
        ObjectNode item = value.addObject();
        item.put("@odata.type", "#microsoft.graph.message");
        item.put("@odata.etag", "W/\"CQAAABYAAAB" + message.n() + "\"");
        item.put("id", message.id());
        item.put("receivedDateTime", message.receivedAt().toString());
        item.put("subject", message.subject());
        item.put("internetMessageId", message.internetMessageId());
        item.put("conversationId", message.conversationId());
        item.put("webLink", "https://outlook.office365.com/owa/?ItemID=" + message.id()
            + "&exvsurl=1&viewmodel=ReadMessageItem");
        ObjectNode address = item.putObject("from").putObject("emailAddress");
        address.put("name", message.fromName());
        address.put("address", message.from());
      }
      return json(200, JSON.writeValueAsString(page));
    }

    /** Graph's default is 10 messages a page; a Prefer header asks for more. */
    private static int pageSize(String prefer) {
      Matcher matcher = Pattern.compile("odata\\.maxpagesize=(\\d+)").matcher(prefer == null ? "" : prefer);
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 10;
    }

    private ResponseDefinition batch(String body) {
      JsonNode batch = JSON.readTree(body);
      ObjectNode answer = JSON.createObjectNode();
      ArrayNode responses = answer.putArray("responses");
      for (JsonNode part : batch.path("requests")) {
        ObjectNode response = responses.addObject();
        response.put("id", part.path("id").asString());
        Matcher matcher = PART.matcher(part.path("url").asString());
        if (!matcher.matches()) {
          response.put("status", 400);
          continue;
        }
        Message message = byNumber(Integer.parseInt(matcher.group(1)));
        response.put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        ObjectNode item = response.putObject("body");
        item.put("id", message.id());
        ArrayNode headers = item.putArray("internetMessageHeaders");
        header(headers, "Received", "from mx.example.com (192.0.2.10) by mail.protection.outlook.com");
        header(headers, "Message-ID", message.internetMessageId());
        if (!message.headers().containsKey("Content-Type")) {
          header(headers, "Content-Type", "text/plain; charset=\"utf-8\"");
        }
        message.headers().forEach((name, value) -> header(headers, name, value));
      }
      return json(200, JSON.writeValueAsString(answer));
    }

    private Message byNumber(int n) {
      for (Message message : mailbox.messages) {
        if (message.n() == n) {
          return message;
        }
      }
      throw new IllegalArgumentException("no message " + n);
    }

    private static void header(ArrayNode headers, String name, String value) {
      ObjectNode header = headers.addObject();
      header.put("name", name);
      header.put("value", value);
    }

    private static Map<String, String> query(String raw) {
      Map<String, String> query = new LinkedHashMap<>();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int equals = pair.indexOf('=');
          if (equals > 0) {
            query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
          }
        }
      }
      return query;
    }

    private static ResponseDefinition json(int status, String body) {
      return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
          .withBody(body).build();
    }

    @Override
    public String getName() {
      return "graph";
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }
  }

  /** The floor: every delta page of the inbox read once, one request after another, by a bare HTTP client. */
  static void floor(String graphBase, Path certificate, String mailbox, int pageSize) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (var in = Files.newInputStream(certificate)) {
      trust.setCertificateEntry("bench", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, factory.getTrustManagers(), null);
    var client = HttpClient.newBuilder().sslContext(tls).build();
    String next = graphBase + "/users/" + mailbox + "/mailFolders/inbox/messages/delta?%24select=id,"
        + "internetMessageId,conversationId,subject,from,receivedDateTime,webLink";
    long start = System.nanoTime();
    int pages = 0;
    int messages = 0;
    while (next != null) {
      var response = client.send(HttpRequest.newBuilder(URI.create(next.replace("$", "%24")))
          .header("Authorization", "Bearer bench").header("Prefer", "odata.maxpagesize=" + pageSize).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode page = JSON.readTree(response.body());
      pages++;
      messages += page.path("value").size();
      next = page.has("@odata.nextLink") ? page.path("@odata.nextLink").asString() : null;
    }
    System.out.println(((System.nanoTime() - start) / 1_000_000) + " " + pages + " " + messages);
  }
}
