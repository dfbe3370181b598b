package org.arhub.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.Money;

/**
 * The journal entries of issued documents. An invoice debits the customer's receivables with its
 * gross amount and credits revenue per tax category and rate and tax payable per rate; lines that
 * map to the same account are summed, so the GL sees one line per account. A credit note posts the
 * same lines the other way round. Posting ids are the document numbers: a document is journalled
 * once however often it is loaded.
 */
public final class InvoiceJournal {
  public static final String INVOICE_SOURCE = "INVOICE";
  public static final String CREDIT_NOTE_SOURCE = "CREDIT_NOTE";
  public static final String OPENING_BALANCE_SOURCE = "OPENING_BALANCE";
  private final AccountMap accounts;
  private final String company;

  public InvoiceJournal(AccountMap accounts, String company) {
    this.accounts = accounts;
    this.company = company;
  }

  public static String invoicePostingId(String number) {
    return "invoice:" + number;
  }

  public static String creditNotePostingId(String number) {
    return "credit-note:" + number;
  }

  public JournalEntry invoiceIssued(ArDocument invoice) {
    List<JournalLine> lines = lines(LedgerEvent.INVOICE_ISSUED, invoice);
    return new JournalEntry(
        invoicePostingId(invoice.number()),
        invoice.issueDate(),
        "invoice " + invoice.number() + " issued to customer " + invoice.customerId(),
        INVOICE_SOURCE,
        invoice.number(),
        lines);
  }

  /**
   * An open invoice taken over from the ERP's ledger rather than issued through the hub: its
   * revenue and tax are in the GL already, so the receivable is carried over against the opening
   * balance account (Dr receivables, Cr opening balance), under the invoice's posting id.
   */
  public JournalEntry openingBalance(ArDocument invoice) {
    String currency = invoice.currency();
    BigDecimal gross = Money.atScale(invoice.gross(), currency);
    PostingContext context =
        new PostingContext(
            Optional.of(company),
            currency,
            invoice.customerGroup(),
            Optional.empty(),
            Optional.empty());
    return new JournalEntry(
        invoicePostingId(invoice.number()),
        invoice.issueDate(),
        "invoice " + invoice.number() + " of customer " + invoice.customerId() + " taken over",
        OPENING_BALANCE_SOURCE,
        invoice.number(),
        List.of(
            JournalLine.debit(
                account(LedgerEvent.OPENING_BALANCE, AccountRole.RECEIVABLES, context),
                gross,
                currency,
                invoice.number()),
            JournalLine.credit(
                account(LedgerEvent.OPENING_BALANCE, AccountRole.OPENING_BALANCE, context),
                gross,
                currency,
                invoice.number())));
  }

  public JournalEntry creditNote(ArDocument creditNote) {
    List<JournalLine> lines =
        lines(LedgerEvent.CREDIT_NOTE, creditNote).stream().map(JournalLine::swapped).toList();
    return new JournalEntry(
        creditNotePostingId(creditNote.number()),
        creditNote.issueDate(),
        "credit note " + creditNote.number() + " for customer " + creditNote.customerId(),
        CREDIT_NOTE_SOURCE,
        creditNote.number(),
        lines);
  }

  /** The invoice's lines: Dr receivables gross, Cr revenue and tax by account. */
  private List<JournalLine> lines(LedgerEvent event, ArDocument doc) {
    String currency = doc.currency();
    PostingContext base =
        new PostingContext(
            Optional.of(company),
            currency,
            doc.customerGroup(),
            Optional.empty(),
            Optional.empty());
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    Map<String, BigDecimal> tax = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (ArDocument.Line line : doc.lines()) {
      PostingContext context =
          base.withTax(line.taxCategory().orElse(null), line.taxRate().orElse(null));
      revenue.merge(account(event, AccountRole.REVENUE, context), line.net(), BigDecimal::add);
      if (line.tax().signum() != 0) {
        tax.merge(account(event, AccountRole.TAX_PAYABLE, context), line.tax(), BigDecimal::add);
      }
      total = total.add(line.net()).add(line.tax());
    }
    BigDecimal gross = Money.atScale(doc.gross(), currency);
    if (total.compareTo(gross) != 0) {
      throw new IllegalArgumentException(
          "%s %s: lines add up to %s (net + tax) but the document's total is %s %s"
              .formatted(
                  event == LedgerEvent.CREDIT_NOTE ? "credit note" : "invoice",
                  doc.number(),
                  total.toPlainString(),
                  gross.toPlainString(),
                  currency));
    }
    List<JournalLine> lines = new ArrayList<>();
    lines.add(
        JournalLine.debit(
            account(event, AccountRole.RECEIVABLES, base), gross, currency, doc.number()));
    credit(lines, revenue, currency, doc.number());
    credit(lines, tax, currency, doc.number());
    return lines;
  }

  /**
   * Credits each account its sum; a negative sum (a discount line larger than the revenue of its
   * category) is a debit.
   */
  private static void credit(
      List<JournalLine> lines, Map<String, BigDecimal> sums, String currency, String memo) {
    sums.forEach(
        (account, amount) -> {
          if (amount.signum() > 0) {
            lines.add(JournalLine.credit(account, amount, currency, memo));
          } else if (amount.signum() < 0) {
            lines.add(JournalLine.debit(account, amount.negate(), currency, memo));
          }
        });
  }

  private String account(LedgerEvent event, AccountRole role, PostingContext context) {
    return accounts.account(event, role, context);
  }
}
