package org.arhub.cashapp.bench;

import static org.arhub.cashapp.bench.ScenarioContext.none;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.arhub.cashapp.bench.LabelledPayment.Document;
import org.arhub.cashapp.bench.LabelledPayment.Payer;
import org.arhub.cashapp.bench.ScenarioContext.Remittance;
import org.arhub.cashapp.bench.TruthRow.Outcome;

/**
 * Payments that say nothing of what they pay, so who pays and how much decide: a known account
 * paying one invoice's or several invoices' exact amount, an amount two invoices share, a payer
 * nobody knows, and a known customer paying from an account not on file under a name spelled
 * differently.
 */
final class PayerScenarios {
  private static final List<String> BARE_TEXT =
      List.of("PAYMENT", "Zahlung", "VIREMENT", "TRANSFER", "Gutschrift");

  private final ScenarioContext ctx;

  PayerScenarios(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /** No reference; the amount is that of exactly one open invoice of the payer and of no sum. */
  Optional<LabelledPayment> exactAmount(String id, PaymentFormat format) {
    return byAmount(id, format, Complication.AMOUNT_ONLY, 1);
  }

  /** No reference; the amount is the sum of two or three open invoices and of nothing else. */
  Optional<LabelledPayment> sumOfInvoices(String id, PaymentFormat format) {
    return byAmount(id, format, Complication.AMOUNT_SUM, ctx.between(2, 3));
  }

  private Optional<LabelledPayment> byAmount(
      String id, PaymentFormat format, Complication complication, int count) {
    for (int attempt = 0; attempt < 30; attempt++) {
      Optional<List<OpenInvoice>> found =
          ctx.invoices(format.currency(), ctx.book::standalone, count, OpenInvoice::fullyOpen);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      List<OpenInvoice> invoices = found.get();
      Customer customer = ctx.book.customer(invoices.get(0).customerId());
      BigDecimal total =
          invoices.stream().map(OpenInvoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (ctx.book.onlyMatch(customer, total, new HashSet<>(invoices))) {
        List<TruthRow> truth = new ArrayList<>();
        for (OpenInvoice invoice : invoices) {
          invoice.markUsed();
          truth.add(
              ctx.row(
                  id, format, complication, invoice.number(), invoice.openAmount(), Outcome.APPLY));
        }
        return Optional.of(
            ReferenceScenarios.payment(
                id,
                format,
                complication,
                total,
                ctx.payer(customer, format),
                bareText(format),
                truth));
      }
    }
    return Optional.empty();
  }

  /** No reference, and two open invoices of the payer have the amount: a person must choose. */
  Optional<LabelledPayment> ambiguous(String id, PaymentFormat format) {
    for (int attempt = 0; attempt < 200; attempt++) {
      Optional<Customer> found = ctx.customer(format.currency(), ctx.book::standalone);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Customer customer = found.get();
      List<OpenInvoice> free = ctx.unused(customer, Integer.MAX_VALUE, i -> true);
      for (OpenInvoice a : free) {
        for (OpenInvoice b : free) {
          if (a != b && a.openAmount().compareTo(b.openAmount()) == 0) {
            a.markUsed();
            b.markUsed();
            Complication complication = Complication.AMBIGUOUS_AMOUNT;
            return Optional.of(
                ReferenceScenarios.payment(
                    id,
                    format,
                    complication,
                    a.openAmount(),
                    ctx.payer(customer, format),
                    bareText(format),
                    List.of(
                        ctx.row(id, format, complication, "", a.openAmount(), Outcome.EXCEPTION))));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Nobody on file: an unknown account and name and no reference; the amount is now and then that
   * of some customer's open invoice, a trap for matching by amount alone.
   */
  Optional<LabelledPayment> unknownPayer(String id, PaymentFormat format) {
    BigDecimal amount = BigDecimal.valueOf(ctx.between(2_000, 900_000), 2);
    if (ctx.chance(30)) {
      Optional<Customer> any = ctx.customer(format.currency(), c -> true);
      if (any.isPresent()) {
        amount = ctx.pick(ctx.book.invoicesOf(any.get())).openAmount();
      }
    }
    String name = ctx.book.names().stranger();
    Payer payer =
        new Payer(
            Optional.of(format == PaymentFormat.CAMT053 ? name : ScenarioContext.checkName(name)),
            format == PaymentFormat.BAI2
                ? none()
                : Optional.of(ctx.book.newAccount(format.currency())),
            format == PaymentFormat.LOCKBOX
                ? Optional.of("0" + ctx.between(11_000_000, 99_999_999))
                : none());
    Complication complication = Complication.UNKNOWN_PAYER;
    return Optional.of(
        ReferenceScenarios.payment(
            id,
            format,
            complication,
            amount,
            payer,
            bareText(format),
            List.of(ctx.row(id, format, complication, "", amount, Outcome.EXCEPTION))));
  }

  /**
   * A customer pays from an account not on file (or names none) under its name spelled with another
   * legal form or case; half the time with the invoice number, else by exact amount.
   */
  Optional<LabelledPayment> nameOnly(String id, PaymentFormat format) {
    boolean withReference = ctx.chance(50);
    for (int attempt = 0; attempt < 30; attempt++) {
      Optional<List<OpenInvoice>> found =
          ctx.invoices(format.currency(), ctx.book::standalone, 1, OpenInvoice::fullyOpen);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      OpenInvoice invoice = found.get().get(0);
      Customer customer = ctx.book.customer(invoice.customerId());
      if (!withReference && !ctx.book.onlyMatch(customer, invoice.openAmount(), Set.of(invoice))) {
        continue;
      }
      invoice.markUsed();
      String name = ctx.book.names().variant(customer.name());
      Payer payer =
          new Payer(
              Optional.of(format == PaymentFormat.LOCKBOX ? ScenarioContext.checkName(name) : name),
              format == PaymentFormat.CAMT053 && ctx.chance(50)
                  ? none()
                  : Optional.of(ctx.book.newAccount(format.currency())),
              format == PaymentFormat.LOCKBOX ? Optional.of(customer.routingNumber()) : none());
      Remittance remittance =
          withReference
              ? ctx.remittance(
                  format,
                  List.of(
                      new Document(invoice.number(), none(), Optional.of(invoice.openAmount()))),
                  60)
              : bareText(format);
      Complication complication = Complication.NAME_ONLY_PAYER;
      return Optional.of(
          ReferenceScenarios.payment(
              id,
              format,
              complication,
              invoice.openAmount(),
              payer,
              remittance,
              List.of(
                  ctx.row(
                      id,
                      format,
                      complication,
                      invoice.number(),
                      invoice.openAmount(),
                      Outcome.APPLY))));
    }
    return Optional.empty();
  }

  private Remittance bareText(PaymentFormat format) {
    if (format == PaymentFormat.LOCKBOX || ctx.chance(50)) {
      return new Remittance(List.of(), List.of());
    }
    return new Remittance(List.of(ctx.pick(BARE_TEXT)), List.of());
  }
}
