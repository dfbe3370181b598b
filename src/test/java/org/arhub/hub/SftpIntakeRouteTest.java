package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.partner.Partner;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SFTP intake route against a real in-process SFTP server and a real PostgreSQL: files are
 * taken once complete, stored with their hash, moved to the done folder; the same bytes again are a
 * DUPLICATE; two route instances (as two hub nodes) take each file once; a changed host key is
 * refused.
 */
@CamelSpringBootTest
// its SFTP servers stop after the class, so its routes must too
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SftpIntakeRouteTest {
  private static Path work;
  private static EmbeddedSftpServer bank;
  private static EmbeddedSftpServer rekeyedBank;

  @Autowired CamelContext camel;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartnerRegistry partners;
  @Autowired PartnerRoutes routes;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    work = Files.createTempDirectory("arhub-intake-test");
    bank = EmbeddedSftpServer.start(work.resolve("bank"), 0, work.resolve("bank-keys"), "hub");
    // A second bank server whose key differs from the one pinned for it: as if re-keyed or spoofed.
    Path pinnedKeys = work.resolve("moved-keys");
    EmbeddedSftpServer.start(work.resolve("moved"), 0, pinnedKeys, "hub").close();
    String pinned = Files.readString(pinnedKeys.resolve("host_key.pub")).trim();
    rekeyedBank =
        EmbeddedSftpServer.startWithNewHostKey(work.resolve("moved"), 0, pinnedKeys, "hub");
    Path partnerDir = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partnerDir.resolve("test-bank.yaml"),
        TestPartners.sftpBank(
            "test-bank", bank, bank.hostKeyLine(), "statements", "outbox", "auto"));
    Files.writeString(
        partnerDir.resolve("moved-bank.yaml"),
        TestPartners.sftpBank("moved-bank", rekeyedBank, pinned, "statements", "outbox", "auto"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("intake"));
    registry.add("arhub.partners-dir", partnerDir::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.demo.enabled", () -> "false");
  }

  @AfterAll
  static void stopServers() throws IOException {
    bank.close();
    rekeyedBank.close();
  }

  @Test
  void aFileIsStoredWithItsHashAndMovedToDoneAndTheSameBytesAgainAreADuplicate() throws Exception {
    byte[] content =
        "01,DEMOBANK,ARHUB,261120,0800,1,80,1,2/\n".getBytes(StandardCharsets.US_ASCII);
    NotifyBuilder first =
        new NotifyBuilder(camel).fromRoute("intake.test-bank.statements").whenDone(1).create();
    drop("first.bai", content);
    assertThat(first.matches(20, TimeUnit.SECONDS)).as("file taken").isTrue();

    var row = jdbc.queryForMap("select * from inbound_file where original_name = 'first.bai'");
    assertThat(row.get("sha256")).isEqualTo(sha256(content));
    assertThat(row.get("size")).isEqualTo((long) content.length);
    assertThat(row.get("partner_id")).isEqualTo("test-bank");
    // A BAI2 file cut after its header: kept, and quarantined with the reason.
    assertThat(row.get("status")).isEqualTo("QUARANTINED");
    assertThat(row.get("reason"))
        .isEqualTo("first.bai: end of file after line 1: file ends without its 99 file trailer");
    byte[] stored =
        jdbc.queryForObject(
            "select bytes from file_content where sha256 = ?", byte[].class, sha256(content));
    assertThat(stored).isEqualTo(content);
    assertThat(outbox().resolve("first.bai")).doesNotExist();
    assertThat(doneFiles()).anyMatch(name -> name.endsWith("-first.bai"));

    NotifyBuilder second =
        new NotifyBuilder(camel).fromRoute("intake.test-bank.statements").whenDone(1).create();
    drop("renamed-copy.txt", content);
    assertThat(second.matches(20, TimeUnit.SECONDS)).isTrue();
    var copy =
        jdbc.queryForMap("select * from inbound_file where original_name = 'renamed-copy.txt'");
    assertThat(copy.get("status")).isEqualTo("DUPLICATE");
    assertThat(copy.get("duplicate_of")).isEqualTo(row.get("id"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from file_content where sha256 = ?",
                Integer.class,
                sha256(content)))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where action = 'FILE_DUPLICATE' and entity_id = ?",
                Integer.class,
                copy.get("id").toString()))
        .isEqualTo(1);
  }

  @Test
  void twoRouteInstancesPollingOneDirectoryTakeEachFileOnce() throws Exception {
    Partner partner =
        partners.partners().stream()
            .filter(p -> p.id().equals("test-bank"))
            .findFirst()
            .orElseThrow();
    routes.addIntakeRoute(
        camel, partner, partner.feeds().get(0), "intake.test-bank.statements.second-node");
    List<String> names = IntStream.range(0, 8).mapToObj(i -> "race-" + i + ".xml").toList();
    NotifyBuilder all =
        new NotifyBuilder(camel).fromRoute("intake.test-bank.*").whenDone(names.size()).create();
    for (String name : names) {
      drop(
          name,
          ("<Document>unknown content " + name + "</Document>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(all.matches(60, TimeUnit.SECONDS)).isTrue();

    List<String> received =
        jdbc.queryForList(
            "select original_name from inbound_file where original_name like 'race-%' order by original_name",
            String.class);
    assertThat(received).containsExactlyElementsOf(names);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbound_file where original_name like 'race-%' and status = 'DUPLICATE'",
                Integer.class))
        .isZero();
    try (Stream<Path> left = Files.list(outbox())) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("race-"));
    }
    camel.getRouteController().stopRoute("intake.test-bank.statements.second-node");
  }

  @Test
  void aFileNobodyCanReadIsQuarantinedWithAReasonAndAnAlert() throws Exception {
    NotifyBuilder done =
        new NotifyBuilder(camel).fromRoute("intake.test-bank.statements").whenDone(1).create();
    drop("garbage.txt", "this is no bank file".getBytes(StandardCharsets.US_ASCII));
    assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
    var row = jdbc.queryForMap("select * from inbound_file where original_name = 'garbage.txt'");
    assertThat(row.get("status")).isEqualTo("QUARANTINED");
    assertThat((String) row.get("reason"))
        .isEqualTo(
            "garbage.txt: start of file: not a recognised bank or remittance file (expected a BAI2 01 record, a lockbox 1 record, an X12 ISA segment or ISO 20022 camt XML)");
    assertThat(
            jdbc.queryForList(
                "select subject from alert where kind = 'FILE_QUARANTINED'", String.class))
        .anyMatch(s -> s.contains("garbage.txt"));
  }

  @Test
  void aChangedHostKeyIsRefusedAndRaisesAnAlert() throws Exception {
    Files.createDirectories(rekeyedBank.rootDir().resolve("outbox"));
    Files.writeString(rekeyedBank.rootDir().resolve("outbox/statement.bai"), "01,X/\n");
    waitUntil(() -> alertCount("HOST_KEY_REFUSED", "moved-bank") > 0);
    assertThat(alertCount("HOST_KEY_REFUSED", "moved-bank")).isEqualTo(1);
    assertThat(rekeyedBank.rootDir().resolve("outbox/statement.bai")).exists();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbound_file where partner_id = 'moved-bank'", Integer.class))
        .isZero();
  }

  @Test
  void aRemoteNameWithDotDotIsLeftAloneAndReported() throws Exception {
    drop("evil..bai", "01,X/\n".getBytes(StandardCharsets.US_ASCII));
    waitUntil(() -> alertCount("UNSAFE_REMOTE_NAME", "test-bank") > 0);
    assertThat(alertCount("UNSAFE_REMOTE_NAME", "test-bank")).isEqualTo(1);
    assertThat(outbox().resolve("evil..bai")).exists();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbound_file where original_name = 'evil..bai'",
                Integer.class))
        .isZero();
  }

  private int alertCount(String kind, String partner) {
    return jdbc.queryForObject(
        "select count(*) from alert where kind = ? and partner_id = ?",
        Integer.class,
        kind,
        partner);
  }

  private static Path outbox() {
    return bank.rootDir().resolve("outbox");
  }

  private static List<String> doneFiles() throws IOException {
    try (Stream<Path> files = Files.list(outbox().resolve(".done"))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** Writes under a temporary name and renames, as a well-behaved uploader does. */
  private static void drop(String name, byte[] content) throws IOException {
    Files.createDirectories(outbox());
    Path tmp = bank.rootDir().resolve(name + ".uploading");
    Files.write(tmp, content);
    Files.move(tmp, outbox().resolve(name));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
