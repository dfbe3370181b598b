package org.arhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code apply} command on src/test/resources/cashapp/apply: output equals expected/. */
class ApplyCommandTest {
  private static final Path FIXTURE = Path.of("src/test/resources/cashapp/apply");

  @TempDir Path out;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int apply(String... files) {
    String[] args = new String[6 + files.length + 1];
    args[0] = "apply";
    args[1] = "--customers";
    args[2] = FIXTURE.resolve("customers.csv").toString();
    args[3] = "--invoices";
    args[4] = FIXTURE.resolve("invoices.csv").toString();
    args[5] = "--out";
    args[6] = out.toString();
    System.arraycopy(files, 0, args, 7, files.length);
    return Commands.run(
        args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheExpectedApplicationsAndUnapplied() throws Exception {
    int exit =
        apply(
            FIXTURE.resolve("statement.camt053.xml").toString(),
            FIXTURE.resolve("remittance.820").toString());

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(Files.readString(out.resolve("applications.csv")))
        .isEqualTo(Files.readString(FIXTURE.resolve("expected/applications.csv")));
    assertThat(Files.readString(out.resolve("unapplied.csv")))
        .isEqualTo(Files.readString(FIXTURE.resolve("expected/unapplied.csv")));
    assertThat(stdout.toString()).contains("12 payments", "9 applied", "3 exceptions");
  }

  @Test
  void theAdviceLinksWhicheverOrderTheFilesComeIn() throws Exception {
    apply(
        FIXTURE.resolve("remittance.820").toString(),
        FIXTURE.resolve("statement.camt053.xml").toString());

    assertThat(Files.readString(out.resolve("applications.csv")))
        .isEqualTo(Files.readString(FIXTURE.resolve("expected/applications.csv")));
  }

  @Test
  void everyDecisionHasItsEvidence() throws Exception {
    apply(FIXTURE.resolve("statement.camt053.xml").toString());

    var lines = Files.readAllLines(out.resolve("decisions.jsonl"));
    assertThat(lines).hasSize(12);
    assertThat(lines.get(1))
        .contains("\"paymentId\":\"T02\"", "names invoice INV-2026-0042", "payer account");
  }

  @Test
  void aBrokenFileIsNamedAndTheOthersAreStillApplied() throws Exception {
    Path broken = out.resolve("broken.xml");
    Files.writeString(
        broken,
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>");

    int exit = apply(broken.toString(), FIXTURE.resolve("statement.camt053.xml").toString());

    assertThat(exit).isEqualTo(Commands.INVALID);
    assertThat(stderr.toString()).contains("broken.xml");
    assertThat(Files.readAllLines(out.resolve("applications.csv"))).hasSizeGreaterThan(5);
  }

  @Test
  void aBadInvoiceRowIsNamedByLine() throws Exception {
    Path invoices = out.resolve("invoices.csv");
    Files.writeString(
        invoices,
        "invoice_number,customer_id,currency,issue_date,due_date,amount,open_amount,terms\n"
            + "INV-1,C100,EUR,2026-10-01,2026-10-31,10.001,10.00,NET30\n");

    int exit =
        Commands.run(
            new String[] {
              "apply",
              "--customers",
              FIXTURE.resolve("customers.csv").toString(),
              "--invoices",
              invoices.toString(),
              "--out",
              out.toString(),
              FIXTURE.resolve("remittance.820").toString()
            },
            new PrintStream(stdout),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(Commands.INVALID);
    assertThat(stderr.toString()).contains("invoices.csv line 2", "more decimals than EUR");
  }

  @Test
  void missingOptionsAreAUsageError() {
    int exit =
        Commands.run(
            new String[] {"apply", "--out", out.toString()},
            new PrintStream(stdout),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(Commands.USAGE);
    assertThat(stderr.toString()).contains("--customers, --invoices, --out");
  }
}
