package org.arhub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.gl.GlBalance;
import org.arhub.ledger.gl.GlBalanceReport;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.ledger.gl.ReconciliationReport;
import org.arhub.store.GeneralLedgerStore;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code reconcile --gl FILE [--period P] [--db JDBC_URL] [--json]}: reconciles the hub's AR
 * sub-ledger with a GL balance report and prints the report. The database is {@code --db}, else
 * ARHUB_DB_URL, else SPRING_DATASOURCE_URL (the hub's own setting), with the user and password in
 * the URL or in ARHUB_DB_USER/ARHUB_DB_PASSWORD (SPRING_DATASOURCE_USERNAME/_PASSWORD). Exit 0
 * reconciled, 1 differences remain (or the GL file is invalid), 2 usage.
 */
final class ReconcileCommand implements Commands.Command {
  static final String USAGE =
      """
      usage: java -jar arhub.jar reconcile --gl FILE [--period YYYY-MM] [--db JDBC_URL] [--json]
        FILE      the GL balance report (CSV; columns in mappings/ledger/gl-export.yaml, balance_file)
        --db      the hub's database, e.g. jdbc:postgresql://db:5432/arhub?user=arhub; default
                  ARHUB_DB_URL, else SPRING_DATASOURCE_URL; user and password from the URL or
                  ARHUB_DB_USER/ARHUB_DB_PASSWORD (SPRING_DATASOURCE_USERNAME/_PASSWORD)
        exit 0 reconciled, 1 differences remain, 2 usage""";

  private final Map<String, String> env;

  ReconcileCommand() {
    this(System.getenv());
  }

  ReconcileCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    String gl = null;
    Optional<String> period = Optional.empty();
    Optional<String> db = Optional.empty();
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gl" -> gl = i + 1 < args.length ? args[++i] : null;
        case "--period" -> period = i + 1 < args.length ? Optional.of(args[++i]) : Optional.of("");
        case "--db" -> db = i + 1 < args.length ? Optional.of(args[++i]) : Optional.of("");
        case "--json" -> json = true;
        default -> {
          err.println("arhub reconcile: unexpected argument '" + args[i] + "'\n" + USAGE);
          return Commands.USAGE;
        }
      }
    }
    if (gl == null) {
      err.println("arhub reconcile: no --gl FILE given\n" + USAGE);
      return Commands.USAGE;
    }
    if (period.isPresent() && !period.get().matches("\\d{4}-(0[1-9]|1[0-2])")) {
      err.println("arhub reconcile: --period '" + period.get() + "' is not YYYY-MM\n" + USAGE);
      return Commands.USAGE;
    }
    Optional<String> url = db.or(() -> env("ARHUB_DB_URL")).or(() -> env("SPRING_DATASOURCE_URL"));
    if (url.isEmpty() || url.get().isBlank()) {
      err.println("arhub reconcile: no database: give --db JDBC_URL or set ARHUB_DB_URL\n" + USAGE);
      return Commands.USAGE;
    }
    Path file = Path.of(gl);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      err.println("arhub reconcile: cannot read " + gl);
      return Commands.USAGE;
    }
    GlMapping mapping = GlMapping.standard();
    List<GlBalance> balances;
    try {
      balances =
          GlBalanceReport.read(
              Files.readString(file, StandardCharsets.UTF_8), gl, mapping.balanceColumns());
    } catch (IOException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return Commands.INVALID;
    }
    ReconciliationReport report;
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url.get());
      env("ARHUB_DB_USER").or(() -> env("SPRING_DATASOURCE_USERNAME")).ifPresent(ds::setUser);
      env("ARHUB_DB_PASSWORD")
          .or(() -> env("SPRING_DATASOURCE_PASSWORD"))
          .ifPresent(ds::setPassword);
      GeneralLedgerStore store =
          new GeneralLedgerStore(new JdbcTemplate(ds), new DataSourceTransactionManager(ds));
      report =
          store.reconcile(
              balances, mapping.kind(), ChartOfAccounts.standard().arControlAccounts(), period);
    } catch (DataAccessException | IllegalArgumentException e) {
      err.println("arhub reconcile: database " + url.get() + ": " + e.getMessage());
      return Commands.USAGE;
    }
    if (json) {
      try {
        out.println(
            new ObjectMapper()
                .findAndRegisterModules()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } catch (IOException e) {
        throw new IllegalStateException("report not serialisable", e);
      }
    } else {
      report.printTable(out);
    }
    out.flush();
    return report.reconciled() ? Commands.OK : Commands.INVALID;
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
