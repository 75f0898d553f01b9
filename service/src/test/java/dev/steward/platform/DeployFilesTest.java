package dev.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files under {@code infra/} as shipped: the systemd units pass {@code
 * systemd-analyze verify}, the nginx configuration passes {@code nginx -t}, the Dockerfile keeps
 * the rules that matter for it (hadolint's, checked here since hadolint is not installed where the
 * tests run) and builds wherever a Docker daemon answers, the environment file names every setting
 * of the README, and the scripts run.
 */
class DeployFilesTest {

  private static final Path REPOSITORY = Path.of("..");
  private static final Path INFRA = REPOSITORY.resolve("infra");

  @Test
  void theSystemdUnitsAreHardenedAndPassSystemdAnalyzeVerify() throws Exception {
    assumeTrue(
        onPath("systemd-analyze"),
        "systemd-analyze is not installed (.ci/run installs Debian's systemd)");
    String unit = Files.readString(INFRA.resolve("systemd/steward.service"));
    assertThat(unit)
        .contains(
            "User=steward",
            "NoNewPrivileges=yes",
            "ProtectSystem=strict",
            "ProtectHome=yes",
            "PrivateTmp=yes",
            "EnvironmentFile=/etc/steward/steward.env");
    assertThat(
            Pattern.compile("^ReadWritePaths=(.*)$", Pattern.MULTILINE)
                .matcher(unit)
                .results()
                .map(match -> match.group(1))
                .toList())
        .containsExactly("/var/lib/steward");
    assertThat(unit).contains("Environment=STEWARD_DATA_DIR=/var/lib/steward");
    assertThat(Files.readString(INFRA.resolve("systemd/steward-backup.timer")))
        .contains("OnCalendar=", "Persistent=true");

    var result = run("bash", INFRA.resolve("systemd/verify").toString());
    assertThat(result.status()).as(result.output()).isZero();
  }

  @Test
  void theNginxConfigurationPassesNginxTAndPassesOnWhatStewardNeeds() throws Exception {
    assumeTrue(onPath("nginx"), "nginx is not installed (.ci/run installs Debian's nginx)");
    String conf = Files.readString(INFRA.resolve("nginx/steward.conf"));
    assertThat(conf)
        .contains(
            "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
            "client_max_body_size 101m;",
            "listen 443 ssl");
    assertThat(conf.substring(conf.indexOf("location ~ ^/api/imports/[^/]+/events$")))
        .contains("proxy_buffering off;", "gzip off;");
    assertThat(conf.lines().filter(line -> !line.trim().startsWith("#")))
        .noneMatch(line -> line.contains("X-Frame-Options"));

    var result = run("bash", INFRA.resolve("nginx/test").toString());
    assertThat(result.status()).as(result.output()).isZero();
    assertThat(result.output()).contains("test is successful");
  }

  @Test
  void theDockerfileRunsAsAnUnprivilegedUserOnAPinnedBaseWithAHealthCheck() throws IOException {
    List<String> instructions = instructions(Files.readString(INFRA.resolve("docker/Dockerfile")));
    var from = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
    assertThat(from).hasSize(1);
    assertThat(from.get(0))
        .matches("FROM [a-z0-9./-]+:[0-9][A-Za-z0-9.-]*")
        .doesNotContain(":latest");
    assertThat(instructions).noneMatch(line -> line.startsWith("ADD "));
    int user = lastIndexStartingWith(instructions, "USER ");
    assertThat(user).isPositive();
    assertThat(instructions.get(user)).isNotIn("USER root", "USER 0");
    assertThat(lastIndexStartingWith(instructions, "ENTRYPOINT [")).isGreaterThan(user);
    assertThat(instructions)
        .anyMatch(line -> line.startsWith("HEALTHCHECK ") && line.contains("CMD ["));
    for (String run :
        instructions.stream().filter(line -> line.contains("apt-get install")).toList()) {
      assertThat(run)
          .contains(
              "--no-install-recommends", "-y", "rm -rf /var/lib/apt/lists/*", "apt-get update");
    }
  }

  @Test
  void theDockerfileBuildsWhereADockerDaemonAnswers() throws Exception {
    assumeTrue(
        dockerDaemonAnswers(),
        "no Docker daemon answers `docker info` here, so the image is not built; the Dockerfile's "
            + "rules are checked without Docker by "
            + "theDockerfileRunsAsAnUnprivilegedUserOnAPinnedBaseWithAHealthCheck");
    assumeTrue(
        Files.isRegularFile(REPOSITORY.resolve("service/target/steward.jar")),
        "service/target/steward.jar is not built, and the Dockerfile copies it: run "
            + "./mvnw -B -DskipTests package first");
    String image = "steward-deploy-files-test:" + UUID.randomUUID();
    // As the Dockerfile says: from the repository's root, with BuildKit (COPY --chmod needs it).
    var build =
        new ProcessBuilder(
            "docker",
            "build",
            "--file",
            INFRA.resolve("docker/Dockerfile").toString(),
            "--tag",
            image,
            REPOSITORY.toString());
    build.environment().put("DOCKER_BUILDKIT", "1");
    try {
      var built = run(build, Duration.ofMinutes(10));
      assertThat(built.status()).as(built.output()).isZero();
      var config =
          run(
              "docker",
              "image",
              "inspect",
              "--format",
              "{{.Config.User}} {{json .Config.Healthcheck.Test}}",
              image);
      assertThat(config.status()).as(config.output()).isZero();
      assertThat(config.output()).startsWith("steward ").contains("/actuator/health/readiness");
    } finally {
      run("docker", "image", "rm", "--force", image);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theComposeFileRunsPostgres17WithTheOwnerAndAppRoles() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(INFRA.resolve("docker/compose.yaml")));
    var services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services.get("db").get("image")).isEqualTo("postgres:17");
    var environment = (Map<String, Object>) services.get("steward").get("environment");
    assertThat(environment)
        .containsEntry("STEWARD_DB_USER", "steward_app")
        .containsEntry("STEWARD_DB_MIGRATION_USER", "steward_owner")
        .containsKey("STEWARD_ENCRYPTION_KEY");
    assertThat(Files.readString(INFRA.resolve("docker/initdb/10-steward-roles.sh")))
        .contains(
            "create role steward_owner login",
            "create role steward_app login",
            "create role steward_backup login bypassrls",
            "create database steward owner steward_owner");
  }

  @Test
  void theEnvironmentFileNamesEverySettingOfTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String env =
        Files.readString(INFRA.resolve("systemd/steward.env"))
            + Files.readString(INFRA.resolve("systemd/steward-backup.env"));
    var named = new TreeSet<String>();
    Pattern.compile("\\b((?:STEWARD|SENTRY)_[A-Z0-9_]*[A-Z0-9])\\b")
        .matcher(readme)
        .results()
        .forEach(match -> named.add(match.group(1)));
    var missing =
        named.stream()
            .filter(name -> !Pattern.compile("(?m)^#?" + name + "=").matcher(env).find())
            .toList();
    assertThat(missing)
        .as(
            "settings the README names that infra/systemd/steward.env lacks (run "
                + "infra/systemd/make-env.py)")
        .isEmpty();
  }

  @Test
  void theEntraScriptPrintsTheSettingsOfARegistrationAndRefusesAMadeUpId() throws Exception {
    var settings =
        run(
            "bash",
            INFRA.resolve("entra/steward-settings").toString(),
            "--client-id",
            "11111111-2222-3333-4444-555555555555",
            "--tenant-id",
            "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "--public-url",
            "https://crm.example.com",
            "--certificate",
            "/etc/steward/graph.pem");
    assertThat(settings.status()).as(settings.output()).isZero();
    assertThat(settings.output())
        .contains(
            "STEWARD_ENTRA_CLIENT_ID=11111111-2222-3333-4444-555555555555\n",
            "STEWARD_ENTRA_ALLOWED_TENANTS=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\n",
            "STEWARD_PUBLIC_URL=https://crm.example.com\n",
            "STEWARD_MICROSOFT_CERTIFICATE=/etc/steward/graph.pem\n",
            "STEWARD_MICROSOFT_TENANT_ID=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\n",
            "brk-multihub://crm.example.com");

    var refused =
        run(
            "bash",
            INFRA.resolve("entra/steward-settings").toString(),
            "--client-id",
            "steward",
            "--tenant-id",
            "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "--public-url",
            "https://crm.example.com");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.output()).contains("--client-id must be the Application (client) ID");
  }

  /** The Dockerfile's instructions, continuation lines joined and comments left out. */
  private static List<String> instructions(String dockerfile) {
    return List.of(dockerfile.replaceAll("\\\\\\n\\s*", " ").split("\n")).stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static int lastIndexStartingWith(List<String> lines, String prefix) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", program));
  }

  /** Whether {@code docker info} reaches a daemon (exit 0) within half a minute. */
  private static boolean dockerDaemonAnswers() throws Exception {
    if (!onPath("docker")) {
      return false;
    }
    var process =
        new ProcessBuilder("docker", "info")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  record Result(int status, String output) {}

  private static Result run(String... command) throws Exception {
    return run(new ProcessBuilder(command), Duration.ofMinutes(2));
  }

  /** Runs a command to its end, or fails the test and stops it once {@code limit} has passed. */
  private static Result run(ProcessBuilder command, Duration limit) throws Exception {
    Path log = Files.createTempFile("deploy-files-test", ".log");
    try {
      var process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
      process.getOutputStream().close();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            String.join(" ", command.command())
                + " ran longer than "
                + limit
                + ":\n"
                + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
      }
      return new Result(
          process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
