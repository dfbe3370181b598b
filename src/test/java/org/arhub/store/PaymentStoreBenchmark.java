package org.arhub.store;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast bank payments are stored, against a plain COPY of the same rows and against batched
 * INSERTs, on the embedded PostgreSQL. Not a test: run its main (see README "Benchmarks").
 */
public final class PaymentStoreBenchmark {
  private static final int ROWS = 200_000;

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : ROWS;
    for (int run = 0; run < 3; run++) {
      System.out.printf("run %d (%,d payments)%n", run + 1, rows);
      measure(
          "BankFileStore (COPY; staging on conflict)", rows, PaymentStoreBenchmark::throughStore);
      measure("plain COPY into bank_payment", rows, PaymentStoreBenchmark::plainCopy);
      measure("batched INSERT (1000 per batch)", rows, PaymentStoreBenchmark::batchedInsert);
    }
  }

  interface Load {
    void run(DataSource ds, InboundFile file, long statementRow, List<BankEntry> entries)
        throws Exception;
  }

  private static void measure(String name, int rows, Load load) {
    DataSource ds = TestDatabase.migratedDatabase("bench");
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.update(
        "insert into partner(id, name, kind, config) values ('bank', 'Bank', 'BANK', '{}')");
    jdbc.update(
        "insert into file_content(sha256, size, bytes) values (repeat('a', 64), 1, 'x'::bytea)");
    long fileId =
        jdbc.queryForObject(
            "insert into inbound_file(partner_id, feed, original_name, size, sha256, status)"
                + " values ('bank', 'f', 'bench', 1, repeat('a', 64), 'RECEIVED') returning id",
            Long.class);
    InboundFile file =
        new InboundFile(
            fileId,
            "bank",
            "f",
            "bench",
            1,
            "a".repeat(64),
            null,
            "RECEIVED",
            null,
            null,
            null,
            null);
    long statementRow =
        name.startsWith("BankFileStore")
            ? 0
            : jdbc.queryForObject(
                "insert into bank_statement(inbound_file_id, partner_id, account, currency, statement_id, kind)"
                    + " values (?, 'bank', 'ACC', 'EUR', 'S', 'camt.053') returning id",
                Long.class,
                fileId);
    List<BankEntry> entries = entries(rows);
    long start = System.nanoTime();
    try {
      load.run(ds, file, statementRow, entries);
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed", e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int stored = jdbc.queryForObject("select count(*) from bank_payment", Integer.class);
    System.out.printf(
        "  %-40s %,9d rows in %6.2f s = %,10.0f rows/s%n", name, stored, seconds, stored / seconds);
  }

  private static void throughStore(
      DataSource ds, InboundFile file, long ignored, List<BankEntry> entries) {
    BankFileStore store = new BankFileStore(new JdbcTemplate(ds));
    new TransactionTemplate(new DataSourceTransactionManager(ds))
        .executeWithoutResult(
            status -> {
              BankFileStore.Writer w = store.writerFor(file);
              w.file(
                  new FileHeader(
                      "camt.053.001.08",
                      "BENCH",
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(LocalDateTime.now())));
              Statement s =
                  new Statement(
                      "S",
                      Optional.of(1L),
                      "ACC",
                      Optional.empty(),
                      "EUR",
                      Optional.of(LocalDate.now()),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty());
              w.statement(s);
              StatementTotals totals = new StatementTotals(s);
              for (BankEntry e : entries) {
                w.entry(e);
                totals.add(e);
              }
              w.endStatement(totals.end());
              w.endFile();
            });
  }

  private static List<Object[]> rows(InboundFile file, long statementRow, List<BankEntry> entries) {
    List<Object[]> rows = new ArrayList<>(entries.size());
    int n = 0;
    for (BankEntry e : entries) {
      BankTransaction t = e.transactions().get(0);
      rows.add(
          new Object[] {
            statementRow,
            file.id(),
            "bank",
            "ACC",
            t.paymentId(),
            t.amount(),
            "EUR",
            "CREDIT",
            LocalDate.now(),
            null,
            t.payer().name().orElse(null),
            t.payer().account().orElse(null),
            null,
            t.endToEndId().orElse(null),
            t.remittance().unstructured().get(0),
            ++n,
            e.amount(),
            e.bankRef().orElse(null),
            "PMNT/RCDT/ESCT",
            false,
            null,
            null,
            null,
            "[{\"invoice\": \"INV-" + n + "\"}]",
            false
          });
    }
    return rows;
  }

  private static void plainCopy(
      DataSource ds, InboundFile file, long statementRow, List<BankEntry> entries)
      throws Exception {
    String csv = PaymentCopy.csv(rows(file, statementRow, entries));
    try (Connection c = ds.getConnection()) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy bank_payment ("
                  + String.join(", ", PaymentCopy.COLUMNS)
                  + ") from stdin (format csv)",
              new StringReader(csv));
    }
  }

  private static void batchedInsert(
      DataSource ds, InboundFile file, long statementRow, List<BankEntry> entries) {
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    List<Object[]> rows = rows(file, statementRow, entries);
    String sql =
        "insert into bank_payment ("
            + String.join(", ", PaymentCopy.COLUMNS)
            + ") values ("
            + "?, ".repeat(PaymentCopy.COLUMNS.length - 2)
            + "?::jsonb, ?)";
    new TransactionTemplate(new DataSourceTransactionManager(ds))
        .executeWithoutResult(
            status -> {
              for (int i = 0; i < rows.size(); i += 1000) {
                jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
              }
            });
  }

  private static List<BankEntry> entries(int count) {
    List<BankEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String ref = "ACCTSVCR-" + i;
      BigDecimal amount = BigDecimal.valueOf(10_000 + i, 2);
      BankTransaction t =
          new BankTransaction(
              ref,
              amount,
              Direction.CREDIT,
              Optional.of("E2E-" + i),
              new Party(
                  Optional.of("Customer " + (i % 500)),
                  Optional.of("DE02100100109307118603"),
                  Optional.empty()),
              new RemittanceInfo(
                  List.of("INV-" + i), List.of(DocumentReference.of("INV-" + i)), Optional.empty()),
              Optional.empty());
      entries.add(
          new BankEntry(
              amount,
              Direction.CREDIT,
              Optional.of(LocalDate.now()),
              Optional.empty(),
              Optional.of(ref),
              Optional.of("PMNT/RCDT/ESCT"),
              false,
              Optional.empty(),
              List.of(t)));
    }
    return entries;
  }
}
