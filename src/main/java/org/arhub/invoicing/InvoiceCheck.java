package org.arhub.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.PaymentTerms;
import org.arhub.invoicing.InvoiceArithmetic.TaxKey;
import org.arhub.invoicing.InvoiceArithmetic.TaxSubtotal;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * The checks an invoice passes on its way in: an ISO 4217 currency and amounts at its scale, line
 * arithmetic, tax per rate, totals, a known customer, and payment terms the hub can compute a due
 * date from. Every problem is collected, each with its place, so the ERP team fixes them at once.
 * The terms are the invoice's, else the customer's; a due date the ERP states must agree with them.
 */
public final class InvoiceCheck {
  private final CustomerDirectory customers;

  public InvoiceCheck(CustomerDirectory customers) {
    this.customers = customers;
  }

  public sealed interface Result permits Passed, Failed {}

  public record Passed(CheckedInvoice invoice) implements Result {}

  public record Failed(List<InvoiceProblem> problems) implements Result {}

  public Result check(IncomingInvoice incoming) {
    Invoice invoice = incoming.invoice();
    String where = incoming.where();
    List<InvoiceProblem> problems = new ArrayList<>();
    int scale;
    try {
      scale = Money.scale(invoice.currency());
    } catch (IllegalArgumentException e) {
      return new Failed(List.of(new InvoiceProblem(where, "currency " + e.getMessage())));
    }
    Optional<CustomerMaster> customer = invoice.buyer().id().flatMap(customers::find);
    if (invoice.buyer().id().isEmpty()) {
      problems.add(new InvoiceProblem(where, "buyer.id (the customer) is missing"));
    } else if (customer.isEmpty()) {
      problems.add(
          new InvoiceProblem(
              where,
              "unknown customer " + invoice.buyer().id().get() + " (send its master data first)"));
    }
    if (invoice.lines().isEmpty()) {
      problems.add(new InvoiceProblem(where, "the invoice has no lines"));
    }
    checkLines(incoming, problems);
    // the totals can be recomputed when there are lines and every allowance and charge has its tax
    boolean computable = !invoice.lines().isEmpty();
    for (Invoice.AllowanceCharge ac : concat(invoice.allowances(), invoice.charges())) {
      if (ac.taxCategory().isEmpty() || ac.taxRate().isEmpty()) {
        computable = false;
        problems.add(
            new InvoiceProblem(
                where,
                "allowance/charge "
                    + ac.amount().toPlainString()
                    + " needs taxCategory and taxRate"));
      }
      atScale(problems, where, "allowance/charge", ac.amount(), invoice.currency());
    }
    if (computable) {
      checkTotals(incoming, problems);
    }
    boolean creditNote = invoice.type().equals("credit_note");
    Optional<String> terms = invoice.terms().or(() -> customer.flatMap(CustomerMaster::terms));
    LocalDate due = null;
    Optional<BigDecimal> rate = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    if (creditNote) {
      // A credit note is not paid by the customer: nothing falls due later than its date.
      due = invoice.dueDate().orElse(invoice.issueDate());
    } else if (terms.isPresent()) {
      if (!PaymentTerms.understands(terms.get())) {
        problems.add(
            new InvoiceProblem(
                where,
                "terms '"
                    + terms.get()
                    + "' not understood (NET 30, 2/10 NET 30, NET 30 EOM, 30 days end of month)"));
      } else {
        PaymentTerms t = PaymentTerms.parse(terms.get());
        due = t.dueDate(invoice.issueDate());
        if (invoice.dueDate().isPresent() && !invoice.dueDate().get().equals(due)) {
          problems.add(
              new InvoiceProblem(
                  where,
                  "dueDate "
                      + invoice.dueDate().get()
                      + " does not follow from terms '"
                      + terms.get()
                      + "' ("
                      + due
                      + ")"));
        }
        if (t.hasDiscount()) {
          if (t.discountPercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
            problems.add(
                new InvoiceProblem(
                    where,
                    "discount of " + t.discountPercent().toPlainString() + "% is not below 100%"));
          } else if (t.discountUntil(invoice.issueDate()).isAfter(due)) {
            problems.add(
                new InvoiceProblem(
                    where,
                    "terms '"
                        + terms.get()
                        + "': the discount window ends after the due date "
                        + due));
          } else {
            rate = Optional.of(t.discountPercent());
            until = Optional.of(t.discountUntil(invoice.issueDate()));
          }
        }
      }
    } else if (invoice.dueDate().isPresent()) {
      due = invoice.dueDate().get();
    } else {
      problems.add(
          new InvoiceProblem(where, "neither terms nor dueDate, and the customer has no terms"));
    }
    if (due != null && due.isBefore(invoice.issueDate())) {
      problems.add(
          new InvoiceProblem(
              where, "dueDate " + due + " is before issueDate " + invoice.issueDate()));
    }
    if (!problems.isEmpty()) {
      return new Failed(problems);
    }
    Invoice.Buyer buyer = completed(invoice.buyer(), customer.orElseThrow());
    return new Passed(
        new CheckedInvoice(
            incoming.documentId(),
            Invoices.withTermsAndBuyer(invoice, creditNote ? invoice.terms() : terms, due, buyer),
            creditNote,
            due,
            rate,
            until));
  }

  private static void checkLines(IncomingInvoice incoming, List<InvoiceProblem> problems) {
    Invoice invoice = incoming.invoice();
    for (int i = 0; i < invoice.lines().size(); i++) {
      Invoice.Line line = invoice.lines().get(i);
      String at = incoming.lineWheres().get(i);
      if (line.unitPrice().signum() < 0) {
        problems.add(
            new InvoiceProblem(
                at,
                "unitPrice "
                    + line.unitPrice().toPlainString()
                    + " is negative (a credit is a credit note or a negative quantity)"));
      }
      if (line.taxRate().signum() < 0 || line.taxRate().compareTo(BigDecimal.valueOf(100)) >= 0) {
        problems.add(
            new InvoiceProblem(
                at,
                "taxRate "
                    + line.taxRate().toPlainString()
                    + " is not a percentage from 0 to below 100"));
      }
      BigDecimal computed = InvoiceArithmetic.lineNet(line, invoice.currency());
      Optional<BigDecimal> stated = incoming.lineNets().get(i);
      if (stated.isPresent() && stated.get().compareTo(computed) != 0) {
        problems.add(
            new InvoiceProblem(
                at,
                "line net "
                    + stated.get().toPlainString()
                    + " != quantity "
                    + line.quantity().toPlainString()
                    + " × unit price "
                    + line.unitPrice().toPlainString()
                    + " = "
                    + computed.toPlainString()));
      }
    }
  }

  private static void checkTotals(IncomingInvoice incoming, List<InvoiceProblem> problems) {
    Invoice invoice = incoming.invoice();
    String where = incoming.where();
    Invoice.Totals stated = invoice.totals();
    String currency = invoice.currency();
    boolean scaled = true;
    for (var total :
        List.of(
            Map.entry("net", stated.net()),
            Map.entry("tax", stated.tax()),
            Map.entry("gross", stated.gross()),
            Map.entry("payable", stated.payable()))) {
      scaled &= atScale(problems, where, "totals." + total.getKey(), total.getValue(), currency);
    }
    if (!scaled) {
      return;
    }
    Invoice.Totals computed = InvoiceArithmetic.totals(invoice);
    if (stated.net().compareTo(computed.net()) != 0) {
      problems.add(
          new InvoiceProblem(
              where,
              "totals.net "
                  + stated.net().toPlainString()
                  + " != sum of lines, allowances and charges "
                  + computed.net().toPlainString()));
    }
    if (stated.tax().compareTo(computed.tax()) != 0) {
      StringBuilder perRate = new StringBuilder();
      for (Map.Entry<TaxKey, TaxSubtotal> e : InvoiceArithmetic.taxes(invoice).entrySet()) {
        perRate
            .append(perRate.isEmpty() ? "" : ", ")
            .append(e.getKey())
            .append(" of ")
            .append(e.getValue().taxable().toPlainString())
            .append(" = ")
            .append(e.getValue().tax().toPlainString());
      }
      problems.add(
          new InvoiceProblem(
              where,
              "totals.tax "
                  + stated.tax().toPlainString()
                  + " != "
                  + computed.tax().toPlainString()
                  + " computed per rate ("
                  + perRate
                  + ")"));
    }
    if (stated.gross().compareTo(stated.net().add(stated.tax())) != 0) {
      problems.add(
          new InvoiceProblem(
              where,
              "totals.gross "
                  + stated.gross().toPlainString()
                  + " != net + tax "
                  + stated.net().add(stated.tax()).toPlainString()));
    }
    if (stated.payable().compareTo(stated.gross()) != 0) {
      problems.add(
          new InvoiceProblem(
              where,
              "totals.payable "
                  + stated.payable().toPlainString()
                  + " != gross "
                  + stated.gross().toPlainString()
                  + " (nothing prepaid)"));
    }
    if (stated.payable().signum() <= 0) {
      problems.add(
          new InvoiceProblem(
              where,
              "totals.payable "
                  + stated.payable().toPlainString()
                  + " must be positive (a credit note states positive amounts too)"));
    }
  }

  private static boolean atScale(
      List<InvoiceProblem> problems,
      String where,
      String what,
      BigDecimal amount,
      String currency) {
    try {
      Money.atScale(amount, currency);
      return true;
    } catch (IllegalArgumentException e) {
      problems.add(new InvoiceProblem(where, what + " " + e.getMessage()));
      return false;
    }
  }

  /** The buyer as the invoice names it, with what it leaves out taken from the master data. */
  private static Invoice.Buyer completed(Invoice.Buyer b, CustomerMaster master) {
    Invoice.Address a = b.address();
    Invoice.Address m = master.address();
    Invoice.Address address = a.equals(Invoice.Address.none()) ? m : a;
    return new Invoice.Buyer(
        b.id(),
        b.name().isEmpty() ? master.name() : b.name(),
        b.vatId().or(master::vatId),
        address,
        b.endpointId().or(master::peppolId));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
