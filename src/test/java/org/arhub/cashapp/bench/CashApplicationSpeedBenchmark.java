package org.arhub.cashapp.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.RuleSetFile;
import org.arhub.formats.FileFormat;
import org.arhub.formats.FileReaders;
import org.arhub.formats.InboundFileReader;
import org.arhub.hub.Alerts;
import org.arhub.hub.ArhubProperties;
import org.arhub.hub.CashApplicationRun;
import org.arhub.store.AlertStore;
import org.arhub.store.AuditLog;
import org.arhub.store.BankFileStore;
import org.arhub.store.CashApplicationStore;
import org.arhub.store.ContentHash;
import org.arhub.store.InboundFileStore;
import org.arhub.store.InboundFileStore.Arrival;
import org.arhub.store.InboundFileStore.InboundFile;
import org.arhub.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times cash application end to end at volume: N open invoices, N payments in camt.053 files stored
 * through the intake's path (InboundFileStore, then BankFileStore in one transaction per file),
 * then one {@link CashApplicationRun} deciding and posting every payment. Prints the time and heap
 * of each phase, then checks the result in SQL. Not a unit test; run after {@code ./mvnw
 * test-compile} with the test classpath:
 *
 * <pre>
 *   ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       org.arhub.cashapp.bench.CashApplicationSpeedBenchmark [--payments N] [--db JDBC_URL] \
 *       [--per-file M] [--dir D] [--keep] [--explain-ms MS]
 * </pre>
 *
 * Without {@code --db} the run uses a fresh database on the embedded PostgreSQL of the tests; with
 * it, a fresh database created on that server (dropped afterwards unless {@code --keep}). With
 * {@code --explain-ms} the server logs the plan of every statement slower than that. Exit status 0
 * when every check passes, 1 when one fails.
 */
public final class CashApplicationSpeedBenchmark {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final HeapWatch heap;
  private final List<String> report = new ArrayList<>();

  private CashApplicationSpeedBenchmark(DataSource dataSource, HeapWatch heap) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.heap = heap;
  }

  public static void main(String[] args) throws Exception {
    int payments = 20_000;
    int perFile = 100_000;
    String server = null;
    Path dir = null;
    boolean keep = false;
    int explainMillis = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--payments" -> payments = Integer.parseInt(args[++i]);
        case "--per-file" -> perFile = Integer.parseInt(args[++i]);
        case "--db" -> server = args[++i];
        case "--dir" -> dir = Path.of(args[++i]);
        case "--keep" -> keep = true;
        case "--explain-ms" -> explainMillis = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("arhub-speed");
    }
    String url = server == null ? embeddedDatabase() : freshDatabase(server);
    System.out.printf(
        "%,d payments against %,d open invoices, files of <= %,d payments, database %s, max heap %d MB%n",
        payments,
        payments,
        perFile,
        url.replaceAll("\\?.*", ""),
        Runtime.getRuntime().maxMemory() >> 20);
    boolean passed;
    try (HeapWatch heap = new HeapWatch();
        HikariDataSource dataSource = pool(url, explainMillis)) {
      passed = new CashApplicationSpeedBenchmark(dataSource, heap).run(dir, payments, perFile);
    } finally {
      if (server != null && !keep) {
        dropDatabase(server, url);
      }
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run(Path dir, int payments, int perFile) throws Exception {
    SpeedData.Generated data =
        phase("generate", () -> SpeedData.generate(dir, payments, perFile)).value();
    phase("load master data (COPY)", () -> loadMasterData(data));
    Timed<Integer> stored = phase("parse + store bank files", () -> storeBankFiles(data));
    Timed<Integer> index = phase("load open items (alone, not in total)", this::openItemCount);
    CashApplicationRun cashApplication = cashApplicationRun();
    Timed<CashApplicationRun.Summary> run = phase("apply + post", cashApplication::run);
    double total = stored.seconds() + run.seconds();
    report.forEach(System.out::println);
    System.out.printf(
        "stored %,d payments; %s; open items indexed: %,d%n",
        stored.value(), run.value(), index.value());
    System.out.printf(
        "TOTAL parse+store+apply+post: %.1f s for %,d payments = %,.0f payments/s"
            + " (apply+post alone %,.0f payments/s)%n",
        total, payments, payments / total, payments / run.seconds());
    return verify(payments, cashApplication);
  }

  private int openItemCount() {
    OpenItemIndex index = cashApplicationStore().loadOpenItems();
    System.gc();
    System.out.printf(
        "open item index of %,d invoices: %d MB live after GC%n",
        index.invoiceCount(), HeapWatch.used() >> 20);
    return index.invoiceCount();
  }

  private void loadMasterData(SpeedData.Generated data) throws Exception {
    jdbc.update(
        "insert into partner(id, name, kind, config) values (?, 'Speed Bank', 'BANK', '{}'::jsonb)",
        SpeedData.BANK);
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy(copy, "customer(id, name, currency, terms)", data.customers());
      copy(copy, "customer_bank_account(customer_id, account_identifier)", data.accounts());
      copy(
          copy,
          "invoice(number, customer_id, currency, issue_date, due_date, amount, terms)",
          data.invoices());
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("analyze customer, customer_bank_account, invoice");
      }
    }
  }

  private static void copy(org.postgresql.copy.CopyManager copy, String table, Path csv)
      throws SQLException, IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      copy.copyIn("copy " + table + " from stdin (format csv)", in);
    }
  }

  /** As InboundFileIntake does it: the bytes in one transaction, then read and store in one. */
  private int storeBankFiles(SpeedData.Generated data) throws IOException {
    InboundFileStore files = new InboundFileStore(jdbc, new AuditLog(jdbc));
    BankFileStore bankFiles = new BankFileStore(jdbc);
    InboundFileReader reader = new InboundFileReader(FileReaders.standard());
    int payments = 0;
    for (Path file : data.payments()) {
      MessageDigest sha256 = ContentHash.newDigest();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      String name = file.getFileName().toString();
      InboundFile stored =
          files.receive(
              new Arrival(
                  SpeedData.BANK,
                  "statements",
                  name,
                  file,
                  ContentHash.hex(sha256),
                  Files.size(file),
                  "bench"));
      BankFileStore.Writer writer = bankFiles.writerFor(stored);
      transactions.executeWithoutResult(
          tx -> {
            try {
              InboundFileReader.Outcome outcome =
                  reader.read(file, name, Optional.of(FileFormat.CAMT_053), writer);
              if (!(outcome instanceof InboundFileReader.Read)) {
                throw new IllegalStateException(name + " not read: " + outcome);
              }
              files.markParsed(stored.id(), writer.stored().format());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      payments += writer.stored().payments();
    }
    jdbc.execute("analyze bank_payment");
    return payments;
  }

  private CashApplicationStore cashApplicationStore() {
    return new CashApplicationStore(
        jdbc, (DataSourceTransactionManager) transactions.getTransactionManager());
  }

  private CashApplicationRun cashApplicationRun() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ArhubProperties properties = new ArhubProperties();
    Alerts alerts =
        new Alerts(
            new AlertStore(jdbc),
            meters,
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            properties);
    return new CashApplicationRun(
        cashApplicationStore(), RuleSetFile.standard(), meters, alerts, properties);
  }

  private boolean verify(int payments, CashApplicationRun cashApplication) {
    List<Check> checks = new ArrayList<>();
    checks.add(count("applications", "select count(*) from payment_application", payments));
    checks.add(
        count(
            "payments APPLIED",
            "select count(*) from bank_payment where status = 'APPLIED'",
            payments));
    checks.add(
        count("invoices PAID", "select count(*) from invoice where status = 'PAID'", payments));
    checks.add(count("journal entries", "select count(*) from journal_entry", 2L * payments));
    checks.add(
        count(
            "unbalanced journal entries",
            """
            select count(*) from (select entry_id, currency from journal_line group by entry_id, currency
                                  having sum(debit) <> sum(credit)) x""",
            0));
    checks.add(
        count(
            "journal entries without lines",
            "select count(*) from journal_entry e where not exists"
                + " (select 1 from journal_line l where l.entry_id = e.id)",
            0));
    checks.add(
        count(
            "over-settled invoices",
            "select count(*) from invoice_balance where open_amount < 0",
            0));
    checks.add(
        count(
            "over-applied payments",
            "select count(*) from bank_payment_balance where unapplied < 0",
            0));
    CashApplicationRun.Summary again = cashApplication.run();
    checks.add(new Check("decided by a second run", again.decided(), 0));
    boolean passed = true;
    for (Check check : checks) {
      System.out.printf(
          "check %-32s %,12d (expected %,d) %s%n",
          check.name(), check.actual(), check.expected(), check.passed() ? "ok" : "FAILED");
      passed &= check.passed();
    }
    return passed;
  }

  private Check count(String name, String sql, long expected) {
    return new Check(name, jdbc.queryForObject(sql, Long.class), expected);
  }

  private record Check(String name, long actual, long expected) {
    boolean passed() {
      return actual == expected;
    }
  }

  private record Timed<T>(T value, double seconds) {}

  private interface Phase<T> {
    T run() throws Exception;
  }

  private interface VoidPhase {
    void run() throws Exception;
  }

  private void phase(String name, VoidPhase phase) throws Exception {
    phase(
        name,
        () -> {
          phase.run();
          return null;
        });
  }

  private <T> Timed<T> phase(String name, Phase<T> phase) throws Exception {
    System.gc();
    heap.reset();
    long started = System.nanoTime();
    T value = phase.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    String line =
        "phase %-40s %8.2f s   heap peak %5d MB sampled, %5d MB live after GC"
            .formatted(name, seconds, heap.sampledPeakMb(), heap.liveAfterGcMb());
    System.out.println(line);
    report.add(line);
    return new Timed<>(value, seconds);
  }

  /** With {@code explainMillis >= 0}, the server logs the plan of every statement that slow. */
  private static HikariDataSource pool(String url, int explainMillis) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    if (explainMillis >= 0) {
      config.setConnectionInitSql(
          "load 'auto_explain'; set auto_explain.log_nested_statements = on;"
              + " set auto_explain.log_min_duration = "
              + explainMillis);
    }
    return new HikariDataSource(config);
  }

  private static String embeddedDatabase() {
    String url = TestDatabase.freshDatabaseUrl("speed");
    migrate(url);
    return url;
  }

  /** A database of its own on the server of {@code url}, migrated. */
  private static String freshDatabase(String url) throws SQLException {
    String name = "arhub_speed_" + System.currentTimeMillis();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    String fresh = withDatabase(url, name);
    migrate(fresh);
    return fresh;
  }

  private static void migrate(String url) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private static void dropDatabase(String server, String url) throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  /** jdbc:postgresql://host:port/db?params with another db. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
  }
}
