package org.arhub.ledger.gl;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reconciliation of the AR sub-ledger with the GL: per account, currency and period the
 * sub-ledger's and the GL's movements with the explained difference, and the customer account
 * breaks. Reconciled when no row has a difference and no customer breaks.
 */
public record ReconciliationReport(
    Optional<String> period,
    GlMapping.BalanceKind glFigures,
    List<GlReconciliation.Row> rows,
    List<CustomerBalances.Break> customerBreaks) {

  public ReconciliationReport {
    rows = List.copyOf(rows);
    customerBreaks = List.copyOf(customerBreaks);
  }

  @JsonProperty("reconciled")
  public boolean reconciled() {
    return rows.stream().allMatch(GlReconciliation.Row::reconciled) && customerBreaks.isEmpty();
  }

  /** The report as a table an accountant reads. */
  public void printTable(PrintStream out) {
    out.println(
        "AR sub-ledger vs GL"
            + period.map(p -> ", period " + p).orElse("")
            + " (period movements: debits − credits; GL report of "
            + glFigures.name().toLowerCase(Locale.ROOT)
            + " balances)");
    out.printf(
        "%-10s %-4s %-8s %16s %16s %16s  %s%n",
        "account", "cur", "period", "sub-ledger", "GL", "difference", "explanation");
    for (GlReconciliation.Row row : rows) {
      String explanation =
          row.explanations().isEmpty()
              ? (row.reconciled() ? "" : "UNEXPLAINED")
              : String.join(
                  "; ",
                  row.explanations().stream()
                      .map(e -> e.cause() + " " + plain(e.amount()) + " (" + e.detail() + ")")
                      .toList());
      out.printf(
          "%-10s %-4s %-8s %16s %16s %16s  %s%n",
          row.account(),
          row.currency(),
          row.period(),
          plain(row.subLedger()),
          plain(row.gl()),
          plain(row.difference()),
          explanation);
    }
    out.println();
    if (customerBreaks.isEmpty()) {
      out.println(
          "customer accounts: every customer's open balance agrees; their sum is the AR control balance");
    } else {
      out.println("customer account breaks:");
      for (CustomerBalances.Break b : customerBreaks) {
        out.printf(
            "  %-9s %-12s %-4s %s%n",
            b.kind(), b.customerId().orElse("(all)"), b.currency(), b.detail());
      }
    }
    out.println(reconciled() ? "RECONCILED" : "DIFFERENCES REMAIN");
  }

  private static String plain(BigDecimal amount) {
    return amount
        .setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
