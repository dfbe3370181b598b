package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.Direction;
import org.arhub.model.DocumentReference;
import org.arhub.model.FileHeader;
import org.arhub.model.Party;
import org.arhub.model.RemittanceInfo;
import org.arhub.model.Statement;
import org.arhub.model.StatementTotals;
import org.arhub.store.InboundFileStore.InboundFile;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements and payments as the intake stores them, against a real PostgreSQL. */
class BankFileStoreTest {
  private JdbcTemplate jdbc;
  private TransactionTemplate tx;
  private BankFileStore store;
  private int files;

  @BeforeEach
  void database() {
    DataSource ds = TestDatabase.migratedDatabase("bankfiles");
    jdbc = new JdbcTemplate(ds);
    tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    store = new BankFileStore(jdbc);
    jdbc.update(
        "insert into partner(id, name, kind, config) values ('bank', 'Bank', 'BANK', '{}')");
  }

  private InboundFile inbound(String name) {
    String sha = String.format("%064x", ++files);
    jdbc.update("insert into file_content(sha256, size, bytes) values (?, 1, 'x'::bytea)", sha);
    long id =
        jdbc.queryForObject(
            "insert into inbound_file(partner_id, feed, original_name, size, sha256, status) values ('bank', 'f', ?, 1, ?, 'RECEIVED') returning id",
            Long.class,
            name,
            sha);
    return new InboundFile(id, "bank", "f", name, 1, sha, null, "RECEIVED", null, null, null, null);
  }

  private static Statement statement(String id, long seq, String opening, String closing) {
    return new Statement(
        id,
        Optional.of(seq),
        "DE89370400440532013000",
        Optional.of("COBADEFFXXX"),
        "EUR",
        Optional.of(LocalDate.of(2026, 11, 20)),
        Optional.of(new BigDecimal(opening)),
        Optional.of(new BigDecimal(closing)),
        Optional.empty());
  }

  private static BankEntry credit(String ref, String amount, String... invoices) {
    BankTransaction t =
        new BankTransaction(
            ref,
            new BigDecimal(amount),
            Direction.CREDIT,
            Optional.of("E2E-" + ref),
            new Party(
                Optional.of("ACME Corp"), Optional.of("DE02100100109307118603"), Optional.empty()),
            new RemittanceInfo(
                List.of("paying " + String.join(" ", invoices)),
                java.util.Arrays.stream(invoices).map(DocumentReference::of).toList(),
                Optional.empty()),
            Optional.empty());
    return new BankEntry(
        new BigDecimal(amount),
        Direction.CREDIT,
        Optional.of(LocalDate.of(2026, 11, 20)),
        Optional.empty(),
        Optional.of(ref),
        Optional.of("PMNT/RCDT/ESCT"),
        false,
        Optional.empty(),
        List.of(t));
  }

  /**
   * Streams one statement with the given entries into the store, as a reader would, in one
   * transaction.
   */
  private BankFileStore.Stored read(
      InboundFile file, String format, String msgId, Statement s, List<BankEntry> entries) {
    return tx.execute(
        status -> {
          BankFileStore.Writer w = store.writerFor(file);
          w.file(
              new FileHeader(
                  format,
                  msgId,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(LocalDateTime.of(2026, 11, 20, 8, 0))));
          w.statement(s);
          StatementTotals totals = new StatementTotals(s);
          for (BankEntry e : entries) {
            w.entry(e);
            totals.add(e);
          }
          w.endStatement(totals.end());
          w.endFile();
          return w.stored();
        });
  }

  @Test
  void storesTheStatementAndEveryPaymentWithItsRemittance() {
    BankFileStore.Stored stored =
        read(
            inbound("a.xml"),
            "camt.053.001.08",
            "MSG-1",
            statement("S-1", 1, "100.00", "350.50"),
            List.of(
                credit("REF-1", "200.00", "INV-1"), credit("REF-2", "50.50", "INV-2", "INV-3")));
    assertThat(stored).isEqualTo(new BankFileStore.Stored("camt.053.001.08", "MSG-1", 1, 2, 0, 0));
    var row = jdbc.queryForMap("select * from bank_statement");
    assertThat(row.get("kind")).isEqualTo("camt.053");
    assertThat(row.get("entry_count")).isEqualTo(2);
    assertThat((BigDecimal) row.get("credits")).isEqualByComparingTo("250.50");
    assertThat(row.get("continuity_problem")).isNull();
    var payment = jdbc.queryForMap("select * from bank_payment where payment_id = 'REF-2'");
    assertThat((BigDecimal) payment.get("amount")).isEqualByComparingTo("50.50");
    assertThat(payment.get("payer_name")).isEqualTo("ACME Corp");
    assertThat(payment.get("remittance_text")).isEqualTo("paying INV-2 INV-3");
    assertThat(payment.get("invoice_references").toString())
        .isEqualTo("[{\"invoice\": \"INV-2\"}, {\"invoice\": \"INV-3\"}]");
    assertThat(payment.get("end_to_end_id")).isEqualTo("E2E-REF-2");
  }

  @Test
  void aBrokenContinuityIsFlaggedWithBothFigures() {
    read(
        inbound("a.xml"),
        "camt.053.001.08",
        "MSG-1",
        statement("S-1", 1, "100.00", "999.00"),
        List.of(credit("R", "200.00")));
    assertThat(jdbc.queryForObject("select continuity_problem from bank_statement", String.class))
        .isEqualTo(
            "statement S-1 of account DE89370400440532013000: opening 100.00 + credits 200.00 - debits 0.00 = 300.00"
                + " but the stated closing balance is 999.00");
  }

  @Test
  void theSameSenderFileIdIsNotReadTwice() {
    read(
        inbound("a.xml"),
        "camt.053.001.08",
        "MSG-1",
        statement("S-1", 1, "0", "1.00"),
        List.of(credit("R1", "1.00")));
    jdbc.update("update inbound_file set status = 'PARSED' where original_name = 'a.xml'");
    InboundFile again = inbound("a-resent.xml");
    assertThatThrownBy(
            () ->
                read(
                    again, "camt.053.001.08", "MSG-1", statement("S-2", 2, "0", "1.00"), List.of()))
        .isInstanceOf(AlreadyReceivedException.class)
        .hasMessageStartingWith(
            "a-resent.xml: duplicate: camt.053 file id MSG-1 was already read from inbound file");
    assertThat(jdbc.queryForObject("select count(*) from bank_statement", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theSameStatementIdAndSequenceIsNotReadTwice() {
    read(
        inbound("a.xml"),
        "camt.053.001.08",
        "MSG-1",
        statement("S-1", 7, "0", "1.00"),
        List.of(credit("R1", "1.00")));
    assertThatThrownBy(
            () ->
                read(
                    inbound("b.xml"),
                    "camt.053.001.08",
                    "MSG-2",
                    statement("S-1", 7, "0", "1.00"),
                    List.of()))
        .isInstanceOf(AlreadyReceivedException.class)
        .hasMessageContaining(
            "statement S-1 sequence 7 of account DE89370400440532013000 was already received");
  }

  @Test
  void aPaymentAlreadyKnownForTheAccountIsSkippedNotDoubled() {
    read(
        inbound("a.xml"),
        "camt.053.001.08",
        "MSG-1",
        statement("S-1", 1, "0", "300.00"),
        List.of(credit("R1", "100.00"), credit("R2", "200.00")));
    BankFileStore.Stored second =
        read(
            inbound("b.xml"),
            "camt.053.001.08",
            "MSG-2",
            statement("S-2", 2, "300.00", "700.00"),
            List.of(credit("R2", "200.00"), credit("R3", "200.00")));
    assertThat(second.payments()).isEqualTo(1);
    assertThat(second.alreadyKnown()).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select payment_id from bank_payment order by payment_id", String.class))
        .containsExactly("R1", "R2", "R3");
  }

  @Test
  void anIntradayReportIsProvisionalAndSupersededByTheDaysStatement() {
    read(
        inbound("intraday.xml"),
        "camt.052.001.08",
        "RPT-1",
        statement("R-1", 1, "0", "100.00"),
        List.of(credit("R1", "100.00")));
    assertThat(
            jdbc.queryForObject(
                "select provisional from bank_payment where payment_id = 'R1'", Boolean.class))
        .isTrue();
    read(
        inbound("eod.xml"),
        "camt.053.001.08",
        "STM-1",
        statement("S-1", 1, "0", "100.00"),
        List.of(credit("R1", "100.00")));
    assertThat(
            jdbc.queryForList(
                "select provisional from bank_payment where payment_id = 'R1' order by id",
                Boolean.class))
        .containsExactly(true, false);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bank_statement where kind = 'camt.052' and superseded_by is not null",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aFileRejectedHalfWayLeavesNothing() {
    InboundFile file = inbound("a.xml");
    assertThatThrownBy(
            () ->
                tx.execute(
                    status -> {
                      BankFileStore.Writer w = store.writerFor(file);
                      w.file(
                          new FileHeader(
                              "camt.053.001.08",
                              "M",
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty()));
                      Statement s = statement("S", 1, "0", "1.00");
                      w.statement(s);
                      w.entry(credit("R1", "1.00"));
                      w.endStatement(new StatementTotals(s).end());
                      throw new IllegalStateException("reader found a bad trailer");
                    }))
        .hasMessage("reader found a bad trailer");
    assertThat(jdbc.queryForObject("select count(*) from bank_payment", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from bank_statement", Integer.class)).isZero();
  }

  @Test
  void manyPaymentsAreStoredInBatchesAndTextIsCopiedExactly() {
    List<BankEntry> entries =
        IntStream.range(0, 2500)
            .mapToObj(i -> credit("R" + i, "1.00", "INV \"quoted\", comma\nnewline " + i))
            .toList();
    BankFileStore.Stored stored =
        read(
            inbound("big.xml"),
            "camt.053.001.08",
            "BIG",
            statement("S", 1, "0", "2500.00"),
            entries);
    assertThat(stored.payments()).isEqualTo(2500);
    assertThat(
            jdbc.queryForObject(
                "select remittance_text from bank_payment where payment_id = 'R7'", String.class))
        .isEqualTo("paying INV \"quoted\", comma\nnewline 7");
  }
}
