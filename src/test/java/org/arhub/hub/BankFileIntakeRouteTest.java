package org.arhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.demo.EmbeddedSftpServer;
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
 * BAI2, lockbox and camt.053 files dropped on the bank's SFTP server end as statements and payments
 * in PostgreSQL — once, even when dropped again under other names or re-sent with other bytes but
 * the same file identity.
 */
@CamelSpringBootTest
// its SFTP servers stop after the class, so its routes must too
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BankFileIntakeRouteTest {
  private static final List<String> DEMO_FILES =
      List.of("BAI2-20261120.bai", "lockbox-20261120.txt", "camt053-20261120.xml");
  private static EmbeddedSftpServer bank;

  @Autowired CamelContext camel;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-bankfiles-test");
    bank = EmbeddedSftpServer.start(work.resolve("bank"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partners.resolve("bank.yaml"),
        TestPartners.sftpBank("demo-bank", bank, bank.hostKeyLine(), "all", "outbox", "auto"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("bankfiles_route"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
  }

  @AfterAll
  static void stop() throws IOException {
    bank.close();
  }

  @Test
  void eachFormatEndsAsStatementsAndPaymentsOnceHoweverOftenItArrives() throws Exception {
    NotifyBuilder first =
        new NotifyBuilder(camel).fromRoute("intake.*").whenDone(DEMO_FILES.size()).create();
    for (String name : DEMO_FILES) {
      drop(name, name);
    }
    assertThat(first.matches(60, TimeUnit.SECONDS)).isTrue();
    assertThat(
            jdbc.queryForList(
                "select original_name || ' ' || status || ' ' || coalesce(reason, '') from inbound_file order by id",
                String.class))
        .allMatch(row -> row.contains(" PARSED "), "every demo file is read");

    assertThat(
            jdbc.queryForList(
                "select kind || ' ' || account || ' ' || entry_count from bank_statement order by kind",
                String.class))
        .containsExactly(
            "BAI2 123456789 5", "camt.053 DE89370400440532013000 4", "lockbox 0007001 3");
    assertThat(jdbc.queryForObject("select count(*) from bank_payment", Integer.class))
        .isEqualTo(5 + 5 + 3);
    assertThat(
            jdbc.queryForObject(
                "select sum(amount) from bank_payment where direction = 'CREDIT' and currency = 'EUR'",
                BigDecimal.class))
        .isEqualByComparingTo("8830.00");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bank_statement where continuity_problem is not null",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select invoice_references::text from bank_payment where payment_id = '0007001-001-002'",
                String.class))
        .contains("INV-1010")
        .contains("INV-1011");

    // The same bytes under other names: DUPLICATE, nothing stored again.
    NotifyBuilder again =
        new NotifyBuilder(camel).fromRoute("intake.*").whenDone(DEMO_FILES.size()).create();
    for (String name : DEMO_FILES) {
      drop(name, "again-" + name);
    }
    assertThat(again.matches(60, TimeUnit.SECONDS)).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbound_file where status = 'DUPLICATE'", Integer.class))
        .isEqualTo(3);

    // A re-sent BAI2 with other bytes (a trailing blank line) but the same file identity: not read
    // again.
    NotifyBuilder resent = new NotifyBuilder(camel).fromRoute("intake.*").whenDone(1).create();
    byte[] bytes = demo("BAI2-20261120.bai");
    Path tmp = bank.rootDir().resolve("resent.tmp");
    Files.write(tmp, concat(bytes, "\n".getBytes()));
    Files.move(tmp, outbox().resolve("BAI2-resent.bai"));
    assertThat(resent.matches(30, TimeUnit.SECONDS)).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select status || ': ' || reason from inbound_file where original_name = 'BAI2-resent.bai'",
                String.class))
        .startsWith("QUARANTINED: BAI2-resent.bai: duplicate: BAI2 file id");

    assertThat(jdbc.queryForObject("select count(*) from bank_payment", Integer.class))
        .isEqualTo(13);
    assertThat(jdbc.queryForObject("select count(*) from bank_statement", Integer.class))
        .isEqualTo(3);
  }

  private static Path outbox() throws IOException {
    return Files.createDirectories(bank.rootDir().resolve("outbox"));
  }

  private static void drop(String demoFile, String name) throws IOException {
    Path tmp = bank.rootDir().resolve(name + ".tmp");
    Files.write(tmp, demo(demoFile));
    Files.move(tmp, outbox().resolve(name));
  }

  private static byte[] demo(String name) throws IOException {
    try (InputStream in =
        BankFileIntakeRouteTest.class.getResourceAsStream("/demo/bank-outbox/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
