package org.arhub.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.arhub.cashapp.Allocation;
import org.arhub.cashapp.Candidate;
import org.arhub.cashapp.Decision;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.formats.ledger.Csv;

/**
 * Writes the {@code apply} command's results: applications.csv and unapplied.csv as DESIGN.md
 * defines them (columns after those are extra), and decisions.jsonl with every decision's evidence.
 */
final class DecisionWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer applications;
  private final Writer unapplied;
  private final Writer decisions;
  private int payments;
  private int applied;
  private BigDecimal paidTotal = BigDecimal.ZERO;
  private BigDecimal appliedTotal = BigDecimal.ZERO;

  DecisionWriter(Writer applications, Writer unapplied, Writer decisions) {
    this.applications = applications;
    this.unapplied = unapplied;
    this.decisions = decisions;
    Csv.writeRow(
        applications,
        "payment_id",
        "invoice_number",
        "customer_id",
        "amount",
        "rule",
        "confidence",
        "discount",
        "write_off",
        "disputed",
        "dispute_reason",
        "currency");
    Csv.writeRow(
        unapplied, "payment_id", "customer_id", "amount", "reason", "candidates", "currency");
  }

  void write(IncomingPayment payment, Decision decision) {
    payments++;
    paidTotal = paidTotal.add(payment.amount().amount());
    String customer = decision.customerId().orElse("");
    String currency = payment.currency();
    if (decision.isApplied()) {
      applied++;
      appliedTotal = appliedTotal.add(decision.cashApplied());
      for (Allocation a : decision.allocations()) {
        Csv.writeRow(
            applications,
            payment.paymentId(),
            a.invoiceNumber(),
            a.customerId(),
            plain(a.cash()),
            decision.rule(),
            plain(decision.confidence()),
            plain(a.discount()),
            plain(a.writeOff()),
            plain(a.disputed()),
            a.disputeReason().orElse(""),
            currency);
      }
      if (decision.onAccount().signum() > 0) {
        Csv.writeRow(
            unapplied,
            payment.paymentId(),
            customer,
            plain(decision.onAccount()),
            "ON_ACCOUNT",
            "",
            currency);
      }
    } else {
      String candidates =
          String.join("; ", decision.candidates().stream().map(Candidate::summary).toList());
      Csv.writeRow(
          unapplied,
          payment.paymentId(),
          customer,
          plain(payment.amount().amount()),
          decision.reason().orElse("EXCEPTION"),
          candidates,
          currency);
    }
    writeEvidence(payment, decision);
  }

  String summary() {
    return "%d payments (%s), %d applied (%s applied to invoices), %d exceptions"
        .formatted(payments, plain(paidTotal), applied, plain(appliedTotal), payments - applied);
  }

  private void writeEvidence(IncomingPayment payment, Decision decision) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("paymentId", payment.paymentId());
    line.put("channel", payment.channel());
    line.put("amount", plain(payment.amount().amount()));
    line.put("currency", payment.currency());
    line.put("outcome", decision.outcome().name());
    line.put("customerId", decision.customerId().orElse(null));
    line.put("rule", decision.rule());
    line.put("confidence", plain(decision.confidence()));
    decision.reason().ifPresent(r -> line.put("reason", r));
    line.put("evidence", decision.evidence());
    line.put(
        "candidates",
        decision.candidates().stream()
            .map(
                c ->
                    Map.of(
                        "rule",
                        c.rule(),
                        "invoices",
                        c.invoiceNumbers(),
                        "confidence",
                        plain(c.confidence()),
                        "refusal",
                        c.refusal().orElse("")))
            .toList());
    try {
      decisions.write(JSON.writeValueAsString(line));
      decisions.write('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }
}
