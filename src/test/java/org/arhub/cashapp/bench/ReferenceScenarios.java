package org.arhub.cashapp.bench;

import static org.arhub.cashapp.bench.ScenarioContext.none;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.bench.LabelledPayment.Document;
import org.arhub.cashapp.bench.LabelledPayment.Payer;
import org.arhub.cashapp.bench.ScenarioContext.Remittance;
import org.arhub.cashapp.bench.TruthRow.Outcome;

/**
 * Payments that name what they pay, the invoice number written well or badly: clean, reformatted,
 * mistyped, several invoices, numbers among PO numbers and dates, a holding paying for its
 * subsidiary, and a reference to an invoice in another currency.
 */
final class ReferenceScenarios {
  private final ScenarioContext ctx;

  ReferenceScenarios(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  Optional<LabelledPayment> clean(String id, PaymentFormat format) {
    return single(id, format, Complication.CLEAN_REFERENCE, invoice -> invoice.number());
  }

  Optional<LabelledPayment> reformatted(String id, PaymentFormat format) {
    return single(id, format, Complication.REFERENCE_FORMAT, i -> ctx.noise.reformat(i.number()));
  }

  /** One digit wrong; the amount confirms the invoice, and no near number has that amount. */
  Optional<LabelledPayment> typo(String id, PaymentFormat format) {
    return single(
        id,
        format,
        Complication.REFERENCE_TYPO,
        invoice -> {
          for (int i = 0; i < 10; i++) {
            String typo = ctx.noise.typo(invoice.number());
            if (onlyNearMatch(typo, invoice)) {
              return typo;
            }
          }
          return null;
        });
  }

  private boolean onlyNearMatch(String typo, OpenInvoice meant) {
    char[] digits = typo.toCharArray();
    for (int at = 4; at < digits.length; at++) {
      char original = digits[at];
      for (char d = '0'; d <= '9'; d++) {
        digits[at] = d;
        if (sameAmountElsewhere(new String(digits), meant)) {
          return false;
        }
      }
      digits[at] = original;
      if (at + 1 < digits.length) {
        char[] swapped = digits.clone();
        swapped[at] = digits[at + 1];
        swapped[at + 1] = digits[at];
        if (sameAmountElsewhere(new String(swapped), meant)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean sameAmountElsewhere(String number, OpenInvoice meant) {
    return ctx.book
        .invoice(number)
        .filter(other -> other != meant)
        .filter(other -> other.openAmount().compareTo(meant.openAmount()) == 0)
        .isPresent();
  }

  Optional<LabelledPayment> severalStructured(String id, PaymentFormat format) {
    return several(id, format, Complication.MULTI_INVOICE_STRUCTURED, 100);
  }

  Optional<LabelledPayment> severalInText(String id, PaymentFormat format) {
    return several(id, format, Complication.MULTI_INVOICE_TEXT, 0);
  }

  private Optional<LabelledPayment> several(
      String id, PaymentFormat format, Complication complication, int structuredPercent) {
    int count = ctx.between(2, 4);
    return ctx.invoices(format.currency(), c -> true, count, i -> true)
        .map(
            invoices -> {
              List<Document> documents = new ArrayList<>();
              List<TruthRow> truth = new ArrayList<>();
              BigDecimal total = BigDecimal.ZERO;
              for (OpenInvoice invoice : invoices) {
                invoice.markUsed();
                String reference =
                    structuredPercent == 0 && documents.size() > 0 && ctx.chance(30)
                        ? ReferenceNoise.digits(invoice.number())
                        : invoice.number();
                documents.add(new Document(reference, none(), Optional.of(invoice.openAmount())));
                truth.add(apply(id, format, complication, invoice, invoice.openAmount()));
                total = total.add(invoice.openAmount());
              }
              Customer customer = ctx.book.customer(invoices.get(0).customerId());
              Remittance remittance = ctx.remittance(format, documents, structuredPercent);
              return payment(
                  id, format, complication, total, ctx.payer(customer, format), remittance, truth);
            });
  }

  /** The invoice number among a PO number, dates and the customer number. */
  Optional<LabelledPayment> amidNoise(String id, PaymentFormat format) {
    return pickOne(format, c -> true)
        .map(
            invoice -> {
              String po = "4500" + (100_000 + ctx.random.nextInt(900_000));
              String issued = invoice.issueDate().toString();
              String dotted =
                  String.format(
                      "%02d.%02d.%d",
                      invoice.issueDate().getDayOfMonth(),
                      invoice.issueDate().getMonthValue(),
                      invoice.issueDate().getYear());
              String n = invoice.number();
              String text =
                  ctx.pick(
                      List.of(
                          "PO " + po + " " + n + " DATED " + dotted,
                          "ORDER " + po + " OF " + issued + " INVOICE " + n,
                          "KD-NR " + invoice.customerId() + " RG " + n + " VOM " + dotted,
                          "PAYMENT FOR " + n + " PO#" + po + " DUE " + invoice.dueDate(),
                          "Your order " + po + " - our ref " + n + " - " + issued));
              return payment(
                  id,
                  format,
                  Complication.TEXT_WITH_NOISE,
                  invoice.openAmount(),
                  ctx.payer(customerOf(invoice), format),
                  new Remittance(List.of(text), List.of()),
                  List.of(
                      apply(
                          id,
                          format,
                          Complication.TEXT_WITH_NOISE,
                          invoice,
                          invoice.openAmount())));
            });
  }

  /** A holding pays, from its own account, an invoice of one of its subsidiaries by number. */
  Optional<LabelledPayment> parentPays(String id, PaymentFormat format) {
    return pickOne(format, c -> c.parentId().isPresent())
        .map(
            invoice -> {
              Customer parent = ctx.book.customer(customerOf(invoice).parentId().orElseThrow());
              Complication complication = Complication.PARENT_PAYS_SUBSIDIARY;
              return payment(
                  id,
                  format,
                  complication,
                  invoice.openAmount(),
                  ctx.payer(parent, format),
                  documentOf(format, invoice, invoice.number()),
                  List.of(apply(id, format, complication, invoice, invoice.openAmount())));
            });
  }

  /**
   * A correct invoice number and the invoice's amount, but in the account's currency, not the
   * invoice's: the figures agree only nominally, so a person must decide.
   */
  Optional<LabelledPayment> otherCurrency(String id, PaymentFormat format) {
    String other = format.currency().equals("EUR") ? "USD" : "EUR";
    return ctx.invoices(other, c -> true, 1, i -> true)
        .map(
            list -> {
              OpenInvoice invoice = list.get(0);
              invoice.markUsed();
              Customer customer = customerOf(invoice);
              Payer payer =
                  new Payer(
                      Optional.of(ScenarioContext.checkName(customer.name())),
                      format == PaymentFormat.BAI2
                          ? none()
                          : Optional.of(ctx.book.newAccount(format.currency())),
                      format == PaymentFormat.LOCKBOX
                          ? Optional.of(customer.routingNumber())
                          : none());
              Complication complication = Complication.CURRENCY_MISMATCH;
              return payment(
                  id,
                  format,
                  complication,
                  invoice.openAmount(),
                  payer,
                  documentOf(format, invoice, invoice.number()),
                  List.of(
                      ctx.row(
                          id, format, complication, "", invoice.openAmount(), Outcome.EXCEPTION)));
            });
  }

  private Optional<LabelledPayment> single(
      String id,
      PaymentFormat format,
      Complication complication,
      java.util.function.Function<OpenInvoice, String> written) {
    return pickOne(format, c -> true)
        .flatMap(
            invoice -> {
              String reference = written.apply(invoice);
              if (reference == null) {
                return Optional.empty();
              }
              return Optional.of(
                  payment(
                      id,
                      format,
                      complication,
                      invoice.openAmount(),
                      ctx.payer(customerOf(invoice), format),
                      documentOf(format, invoice, reference),
                      List.of(apply(id, format, complication, invoice, invoice.openAmount()))));
            });
  }

  private Optional<OpenInvoice> pickOne(
      PaymentFormat format, java.util.function.Predicate<Customer> who) {
    Optional<OpenInvoice> invoice =
        ctx.invoices(format.currency(), who, 1, i -> true).map(list -> list.get(0));
    invoice.ifPresent(OpenInvoice::markUsed);
    return invoice;
  }

  private Remittance documentOf(PaymentFormat format, OpenInvoice invoice, String reference) {
    Optional<BigDecimal> paid = ctx.chance(85) ? Optional.of(invoice.openAmount()) : none();
    return ctx.remittance(format, List.of(new Document(reference, none(), paid)), 60);
  }

  private Customer customerOf(OpenInvoice invoice) {
    return ctx.book.customer(invoice.customerId());
  }

  private TruthRow apply(
      String id,
      PaymentFormat format,
      Complication complication,
      OpenInvoice invoice,
      BigDecimal amount) {
    return ctx.row(id, format, complication, invoice.number(), amount, Outcome.APPLY);
  }

  static LabelledPayment payment(
      String id,
      PaymentFormat format,
      Complication complication,
      BigDecimal amount,
      Payer payer,
      Remittance remittance,
      List<TruthRow> truth) {
    return new LabelledPayment(
        id,
        format,
        complication,
        amount,
        payer,
        none(),
        remittance.text(),
        remittance.documents(),
        Optional.empty(),
        truth);
  }
}
