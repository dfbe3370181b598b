package org.arhub.it;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.arhub.ArhubApplication;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production configuration: an external PostgreSQL (ARHUB_TEST_DB_URL, e.g. the server .ci/run
 * starts), a partner directory, no demo. Runs in a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "ARHUB_TEST_DB_URL", matches = ".+")
class ProductionConfigurationTest {
  @TempDir Path work;

  @Test
  void theHubRunsAgainstAnExternalPostgresqlWithPartnersFromADirectory() throws Exception {
    String schema = "arhub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url = System.getenv("ARHUB_TEST_DB_URL");
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (EmbeddedSftpServer bank =
        EmbeddedSftpServer.start(work.resolve("bank"), 0, work.resolve("keys"), "hub")) {
      Path partners = Files.createDirectories(work.resolve("partners"));
      Files.writeString(
          partners.resolve("bank.yaml"),
          TestPartners.sftpBank("prod-bank", bank, bank.hostKeyLine(), "bai2", "out", "bai2"));
      Files.createDirectories(bank.rootDir().resolve("out"));
      Files.writeString(
          bank.rootDir().resolve("out/day.bai"),
          "01,BANK,HUB,261120,0800,1,,,2/\n",
          StandardCharsets.US_ASCII);

      try (ConfigurableApplicationContext hub =
          SpringApplication.run(
              ArhubApplication.class,
              "--spring.datasource.url=" + schemaUrl,
              "--spring.flyway.schemas=" + schema,
              "--arhub.partners-dir=" + partners,
              "--arhub.data-dir=" + work.resolve("data"),
              "--server.port=0",
              "--arhub.admin.password=test-secret")) {
        JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
        assertThat(hub.containsBean("embeddedPostgres"))
            .as("no embedded database in production")
            .isFalse();
        assertThat(hub.containsBean("demoBank")).as("no demo bank in production").isFalse();
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(schema);
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from flyway_schema_history where success", Integer.class))
            .isGreaterThanOrEqualTo(2);
        waitUntil(
            () ->
                jdbc.queryForObject(
                        "select count(*) from inbound_file where status <> 'RECEIVED'",
                        Integer.class)
                    == 1);
        assertThat(jdbc.queryForObject("select partner_id from inbound_file", String.class))
            .isEqualTo("prod-bank");
        // moved to the done folder once the exchange completes, just after the row is written
        waitUntil(() -> !Files.exists(bank.rootDir().resolve("out/day.bai")));
      } finally {
        try (var c = java.sql.DriverManager.getConnection(url)) {
          c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
      }
    }
  }
}
