package org.arhub.hub;

import java.util.List;
import java.util.Optional;
import org.arhub.invoicing.CheckedInvoice;
import org.arhub.invoicing.IncomingInvoice;
import org.arhub.invoicing.InvoiceCheck;
import org.arhub.invoicing.InvoiceFingerprint;
import org.arhub.invoicing.InvoiceNumberFormat;
import org.arhub.invoicing.InvoiceProblem;
import org.arhub.store.CustomerMasterStore;
import org.arhub.store.InvoiceStore;
import org.arhub.store.InvoiceStore.Source;
import org.arhub.store.InvoiceStore.StoredInvoice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one invoice from the ERP, by file or API, idempotently by the ERP's document id: a document
 * stored before with the same content is answered with what was stored, with other content it is a
 * conflict; a new one is checked ({@link InvoiceCheck}), numbered and stored, or refused with every
 * problem recorded. Runs in a savepoint of the caller's transaction when there is one (a file's
 * other invoices are kept when this one fails), else in a transaction of its own.
 */
@Component
public class InvoiceIntake {
  private final InvoiceStore invoices;
  private final CustomerMasterStore customers;
  private final TransactionTemplate nested;
  private final InvoiceNumberFormat invoiceNumbers;
  private final InvoiceNumberFormat creditNoteNumbers;

  public InvoiceIntake(
      InvoiceStore invoices,
      CustomerMasterStore customers,
      PlatformTransactionManager transactions,
      @Value("${arhub.invoicing.invoice-numbers:INV-{yyyy}-{seq:6}}") String invoiceNumbers,
      @Value("${arhub.invoicing.credit-note-numbers:CRN-{yyyy}-{seq:6}}")
          String creditNoteNumbers) {
    this.invoices = invoices;
    this.customers = customers;
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.invoiceNumbers = new InvoiceNumberFormat(invoiceNumbers);
    this.creditNoteNumbers = new InvoiceNumberFormat(creditNoteNumbers);
  }

  /** What became of one invoice. */
  public sealed interface Outcome permits Stored, AlreadyStored, Conflict, Refused {}

  public record Stored(StoredInvoice invoice) implements Outcome {}

  /** The same document with the same content was stored before: nothing done. */
  public record AlreadyStored(StoredInvoice invoice) implements Outcome {}

  /** The document id was stored before with other content: not stored again. */
  public record Conflict(String documentId, StoredInvoice stored) implements Outcome {}

  public record Refused(Optional<String> documentId, List<InvoiceProblem> problems)
      implements Outcome {}

  /** Takes the invoice with the hub's default numbering (the API's; a file's is its layout's). */
  public Outcome accept(IncomingInvoice incoming, Source source) {
    return accept(incoming, source, invoiceNumbers, creditNoteNumbers);
  }

  public Outcome accept(
      IncomingInvoice incoming,
      Source source,
      InvoiceNumberFormat invoiceFormat,
      InvoiceNumberFormat creditNoteFormat) {
    String hash = InvoiceFingerprint.of(incoming.invoice());
    Optional<Outcome> seen = seenBefore(incoming.documentId(), hash);
    if (seen.isPresent()) {
      return seen.get();
    }
    InvoiceCheck.Result result = new InvoiceCheck(customers).check(incoming);
    if (result instanceof InvoiceCheck.Failed failed) {
      return new Refused(Optional.of(incoming.documentId()), failed.problems());
    }
    CheckedInvoice checked = ((InvoiceCheck.Passed) result).invoice();
    InvoiceNumberFormat format = checked.creditNote() ? creditNoteFormat : invoiceFormat;
    try {
      return nested.execute(tx -> new Stored(invoices.insert(checked, hash, format, source)));
    } catch (DuplicateKeyException e) {
      // another instance stored the same document id between our look and our insert
      return seenBefore(incoming.documentId(), hash).orElseThrow(() -> e);
    }
  }

  private Optional<Outcome> seenBefore(String documentId, String hash) {
    return invoices
        .byDocumentId(documentId)
        .map(
            stored ->
                stored.contentSha256().equals(hash)
                    ? new AlreadyStored(stored)
                    : new Conflict(documentId, stored));
  }
}
