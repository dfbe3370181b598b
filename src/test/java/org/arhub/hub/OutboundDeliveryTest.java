package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.store.OutboundFileStore;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Recorded outbound files reach the partner's SFTP outbox, complete, once; undeliverable ones wait FAILED. */
// its SFTP servers stop after the class, so its routes must too
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboundDeliveryTest {
  private static EmbeddedSftpServer customer;

  @Autowired OutboundFileStore outbound;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-outbound-test");
    customer = EmbeddedSftpServer.start(work.resolve("acme"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    String withOutbox = TestPartners.sftpBank("acme", customer, customer.hostKeyLine(), "remittances", "to-arhub", "x12-820")
        .replace("kind: bank", "kind: customer")
        .replace("  hostKey:", "  outboundDirectory: from-arhub\n  hostKey:");
    Files.writeString(partners.resolve("acme.yaml"), withOutbox);
    Files.writeString(partners.resolve("no-outbox.yaml"), """
        id: no-outbox
        name: A customer without an SFTP outbox
        kind: customer
        """);
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("outbound"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
  }

  @AfterAll
  static void stop() throws IOException {
    customer.close();
  }

  private long enqueue(String partner, String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
    String sha = HexFormat.of().formatHex(sha256(bytes));
    return tx.execute(s -> outbound.enqueue(partner, "997", name, bytes, sha, null, 1L));
  }

  @Test
  void aRecordedFileArrivesInThePartnersOutboxComplete() throws Exception {
    enqueue("acme", "997-000000001.edi", "ISA*00*...~");
    Path delivered = customer.rootDir().resolve("from-arhub/997-000000001.edi");
    waitUntil(() -> Files.exists(delivered));
    assertThat(Files.readString(delivered)).isEqualTo("ISA*00*...~");
    waitUntil(() -> outbound.statuses("acme").contains("997-000000001.edi:SENT"));
    assertThat(customer.rootDir().resolve("from-arhub/997-000000001.edi.part")).doesNotExist();
  }

  @Test
  void aFileForAPartnerWithoutOutboxWaitsFailedWithOneAlert() throws Exception {
    enqueue("no-outbox", "997-000000002.edi", "ISA*00*...~");
    waitUntil(() -> outbound.statuses("no-outbox").contains("997-000000002.edi:FAILED"));
    Thread.sleep(2500); // a further delivery round must not alert again
    assertThat(jdbc.queryForObject("select reason from outbound_file where file_name = '997-000000002.edi'", String.class))
        .isEqualTo("partner no-outbox has no outbound route (sftp.outboundDirectory is not set)");
    assertThat(jdbc.queryForObject("select count(*) from alert where kind = 'OUTBOUND_FAILED'", Integer.class)).isEqualTo(1);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
