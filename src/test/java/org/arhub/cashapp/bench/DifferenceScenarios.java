package org.arhub.cashapp.bench;

import static org.arhub.cashapp.bench.ScenarioContext.none;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.bench.LabelledPayment.Advice;
import org.arhub.cashapp.bench.LabelledPayment.AdviceLine;
import org.arhub.cashapp.bench.LabelledPayment.Document;
import org.arhub.cashapp.bench.ScenarioContext.Remittance;
import org.arhub.cashapp.bench.TruthRow.Outcome;

/**
 * Payments whose amount differs from what is open: a cash discount taken in time, bank charges
 * taken from a wire, a part payment, deductions with reason codes in an 820, an overpayment; and
 * payments whose remittance comes only in a separate 820. The expected application is always the
 * cash received for the invoice.
 */
final class DifferenceScenarios {
  /** X12 data element 426 codes a payer deducts with (pricing, damage, shortage, returns...). */
  private static final List<String> DEDUCTION_REASONS =
      List.of("01", "04", "06", "11", "22", "28", "54");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScenarioContext ctx;

  DifferenceScenarios(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /** Paid within a 2/10 or 1/10 discount period, the discount deducted. */
  Optional<LabelledPayment> discount(String id, PaymentFormat format) {
    return one(format, i -> i.fullyOpen() && i.amount().compareTo(HUNDRED) >= 0)
        .map(
            invoice -> {
              int percent = ctx.chance(80) ? 2 : 1;
              invoice.giveTerms(percent + "/10 NET30", ctx.day.minusDays(ctx.between(1, 9)));
              BigDecimal discount =
                  invoice
                      .amount()
                      .multiply(BigDecimal.valueOf(percent))
                      .divide(HUNDRED, 2, RoundingMode.HALF_UP);
              BigDecimal cash = invoice.amount().subtract(discount);
              Remittance remittance =
                  ctx.remittance(
                      format,
                      List.of(
                          new Document(
                              invoice.number(), Optional.of(invoice.amount()), Optional.of(cash))),
                      70);
              if (!remittance.text().isEmpty() && ctx.chance(50)) {
                remittance =
                    new Remittance(
                        List.of(remittance.text().get(0) + " LESS " + percent + " PCT DISCOUNT"),
                        List.of());
              }
              return single(id, format, Complication.DISCOUNT_TAKEN, invoice, cash, remittance);
            });
  }

  /** A wire that arrives less the bank's fee: at most 15.00 and at most 0.5% of the invoice. */
  Optional<LabelledPayment> bankCharges(String id, PaymentFormat format) {
    BigDecimal fee = new BigDecimal(ctx.pick(List.of("5.00", "10.00", "12.50", "15.00")));
    BigDecimal least = fee.multiply(BigDecimal.valueOf(200));
    return one(format, i -> i.fullyOpen() && i.amount().compareTo(least) >= 0)
        .map(
            invoice ->
                single(
                    id,
                    format,
                    Complication.BANK_CHARGES,
                    invoice,
                    invoice.amount().subtract(fee),
                    ctx.remittance(
                        format,
                        List.of(
                            new Document(invoice.number(), Optional.of(invoice.amount()), none())),
                        50)));
  }

  /** An instalment: a round part of the invoice, saying so. */
  Optional<LabelledPayment> partial(String id, PaymentFormat format) {
    return one(format, i -> i.fullyOpen() && i.amount().compareTo(BigDecimal.valueOf(400)) >= 0)
        .map(
            invoice -> {
              BigDecimal part =
                  invoice
                      .amount()
                      .divide(BigDecimal.valueOf(ctx.between(2, 4)), -1, RoundingMode.DOWN)
                      .setScale(2);
              Remittance remittance =
                  ctx.remittance(
                      format,
                      List.of(
                          new Document(
                              invoice.number(), Optional.of(invoice.amount()), Optional.of(part))),
                      60);
              if (!remittance.text().isEmpty()) {
                remittance =
                    new Remittance(
                        List.of(
                            ctx.pick(
                                    List.of(
                                        "PARTIAL PAYMENT ",
                                        "1ST INSTALMENT ",
                                        "Teilzahlung ",
                                        "ON ACCOUNT OF "))
                                + invoice.number()),
                        List.of());
              }
              return single(id, format, Complication.PARTIAL_PAYMENT, invoice, part, remittance);
            });
  }

  /** Paid more than open (a duplicate fee, a rounded-up amount): the rest goes on account. */
  Optional<LabelledPayment> overpayment(String id, PaymentFormat format) {
    return one(format, i -> true)
        .map(
            invoice -> {
              BigDecimal extra =
                  BigDecimal.valueOf(ctx.between(1, 50) * 1000L + ctx.between(0, 99), 2);
              LabelledPayment paid =
                  single(
                      id,
                      format,
                      Complication.OVERPAYMENT,
                      invoice,
                      invoice.openAmount(),
                      ctx.remittance(
                          format, List.of(new Document(invoice.number(), none(), none())), 60));
              List<TruthRow> truth = new ArrayList<>(paid.truth());
              truth.add(
                  ctx.row(id, format, Complication.OVERPAYMENT, "", extra, Outcome.ON_ACCOUNT));
              return new LabelledPayment(
                  id,
                  format,
                  paid.complication(),
                  invoice.openAmount().add(extra),
                  paid.payer(),
                  none(),
                  paid.text(),
                  paid.documents(),
                  none(),
                  truth);
            });
  }

  /** An 820 deducts from some invoices with reason codes; the bank payment carries the trace. */
  Optional<LabelledPayment> deduction(String id, PaymentFormat format) {
    return advised(id, format, Complication.DEDUCTION, true);
  }

  /** The bank payment carries only the trace; the invoices are in an 820 sent on its own. */
  Optional<LabelledPayment> separateAdvice(String id, PaymentFormat format) {
    return advised(id, format, Complication.SEPARATE_820, false);
  }

  private Optional<LabelledPayment> advised(
      String id, PaymentFormat format, Complication complication, boolean deduct) {
    int count = ctx.between(1, 4);
    return ctx.invoices(format.currency(), c -> true, count, OpenInvoice::fullyOpen)
        .map(
            invoices -> {
              List<AdviceLine> lines = new ArrayList<>();
              List<TruthRow> truth = new ArrayList<>();
              BigDecimal total = BigDecimal.ZERO;
              for (OpenInvoice invoice : invoices) {
                invoice.markUsed();
                BigDecimal deducted = BigDecimal.ZERO;
                if (deduct && (lines.isEmpty() || ctx.chance(30))) {
                  deducted =
                      invoice
                          .amount()
                          .multiply(BigDecimal.valueOf(ctx.between(2, 20)))
                          .divide(HUNDRED, 2, RoundingMode.HALF_UP);
                }
                BigDecimal paid = invoice.amount().subtract(deducted);
                boolean adjusted = deducted.signum() > 0;
                lines.add(
                    new AdviceLine(
                        invoice.number(),
                        paid,
                        invoice.amount(),
                        adjusted ? Optional.of(deducted) : none(),
                        adjusted ? Optional.of(ctx.pick(DEDUCTION_REASONS)) : none()));
                truth.add(ctx.row(id, format, complication, invoice.number(), paid, Outcome.APPLY));
                if (adjusted) {
                  truth.add(
                      ctx.row(
                          id, format, complication, invoice.number(), deducted, Outcome.DISPUTE));
                }
                total = total.add(paid);
              }
              Customer customer = ctx.book.customer(invoices.get(0).customerId());
              String trace = ctx.trace();
              Advice advice =
                  new Advice(
                      trace, ScenarioContext.checkName(customer.name()), format.currency(), lines);
              return new LabelledPayment(
                  id,
                  format,
                  complication,
                  total,
                  ctx.payer(customer, format),
                  Optional.of(trace),
                  List.of(),
                  List.of(),
                  Optional.of(advice),
                  truth);
            });
  }

  private Optional<OpenInvoice> one(
      PaymentFormat format, java.util.function.Predicate<OpenInvoice> test) {
    Optional<OpenInvoice> invoice =
        ctx.invoices(format.currency(), c -> true, 1, test).map(list -> list.get(0));
    invoice.ifPresent(OpenInvoice::markUsed);
    return invoice;
  }

  private LabelledPayment single(
      String id,
      PaymentFormat format,
      Complication complication,
      OpenInvoice invoice,
      BigDecimal cash,
      Remittance remittance) {
    Customer customer = ctx.book.customer(invoice.customerId());
    return ReferenceScenarios.payment(
        id,
        format,
        complication,
        cash,
        ctx.payer(customer, format),
        remittance,
        List.of(ctx.row(id, format, complication, invoice.number(), cash, Outcome.APPLY)));
  }
}
