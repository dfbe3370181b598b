package org.arhub.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.invoicing.CustomerAssembler;
import org.arhub.invoicing.ErpDocument;
import org.arhub.invoicing.ErpDocumentReader;
import org.arhub.invoicing.ErpLayout;
import org.arhub.invoicing.InvoiceAssembler;
import org.arhub.invoicing.InvoiceProblem;
import org.arhub.store.AuditLog;
import org.arhub.store.CustomerMasterStore;
import org.arhub.store.InboundFileStore;
import org.arhub.store.InboundFileStore.InboundFile;
import org.arhub.store.InvoiceStore;
import org.arhub.store.InvoiceStore.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an ERP partner's file (invoices or customers, in the feed's layout) after {@link
 * InboundFileIntake} stored it. The file is one transaction, each document a savepoint in it: a bad
 * invoice is refused with its reasons (kept in {@code invoice_rejection}, one alert per file) and
 * the rest of the file is still taken; a file whose structure cannot be followed, or that holds no
 * document, is quarantined as a bank file is and nothing of it is kept. Re-reading a file is
 * harmless: documents stored before are recognised by their ERP document id.
 */
@Component
public class ErpFileIntake {
  private static final Logger log = LoggerFactory.getLogger(ErpFileIntake.class);
  private static final int PROBLEMS_IN_ALERT = 10;

  private final InboundFileStore files;
  private final InvoiceIntake invoices;
  private final InvoiceStore invoiceStore;
  private final CustomerMasterStore customers;
  private final Alerts alerts;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;

  public ErpFileIntake(
      InboundFileStore files,
      InvoiceIntake invoices,
      InvoiceStore invoiceStore,
      CustomerMasterStore customers,
      Alerts alerts,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.files = files;
    this.invoices = invoices;
    this.invoiceStore = invoiceStore;
    this.customers = customers;
    this.alerts = alerts;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** What one file gave: documents stored, already known, and refused with their problems. */
  public record Summary(int stored, int alreadyKnown, List<String> refusals) {}

  /** Reads the stored file; marks it PARSED or QUARANTINED. Database trouble escapes. */
  public void read(InboundFile file, Path spool, String layoutName) {
    ErpLayout layout = ErpLayout.named(layoutName);
    Source source = new Source(Optional.of(file.partnerId()), Optional.of(file.id()), "hub");
    String format = "erp:" + layout.name();
    Summary summary;
    try {
      summary =
          transaction.execute(
              tx -> {
                Summary read = readDocuments(file, spool, layout, source);
                files.markParsed(file.id(), format);
                return read;
              });
    } catch (UnreadableFile e) {
      quarantine(file, format, e.getMessage());
      return;
    } catch (DataAccessException | UncheckedIOException e) {
      throw e; // database or disk trouble: the file stays on the server for the next poll
    } catch (RuntimeException e) {
      // A reader bug must not lose the file nor block the route: quarantined for a replay.
      log.error("ERP layout {} failed on inbound file {}", layout.name(), file.id(), e);
      quarantine(file, format, file.originalName() + ": internal reader error: " + e);
      return;
    }
    log.info(
        "file {} read with layout {}: {} stored, {} already known, {} refused",
        file.id(),
        layout.name(),
        summary.stored(),
        summary.alreadyKnown(),
        summary.refusals().size());
    audit.record(
        "hub",
        "FILE_READ",
        "inbound_file",
        file.id(),
        Map.of(
            "format", format,
            "stored", summary.stored(),
            "alreadyKnown", summary.alreadyKnown(),
            "refused", summary.refusals().size()));
    if (!summary.refusals().isEmpty()) {
      alerts.raise(
          AlertKind.INVOICE_REFUSED,
          file.partnerId(),
          summary.refusals().size()
              + " document(s) of inbound file "
              + file.id()
              + " ("
              + file.originalName()
              + ") refused; the rest was taken",
          String.join(
              "\n",
              summary
                  .refusals()
                  .subList(0, Math.min(PROBLEMS_IN_ALERT, summary.refusals().size()))));
    }
  }

  private void quarantine(InboundFile file, String format, String reason) {
    files.markQuarantined(file.id(), format, reason);
    alerts.raise(
        AlertKind.FILE_QUARANTINED,
        file.partnerId(),
        "inbound file " + file.id() + " (" + file.originalName() + ") quarantined",
        reason);
  }

  private Summary readDocuments(InboundFile file, Path spool, ErpLayout layout, Source source) {
    int stored = 0;
    int known = 0;
    List<String> refusals = new ArrayList<>();
    InvoiceAssembler invoiceAssembler = new InvoiceAssembler(layout, customers);
    CustomerAssembler customerAssembler = new CustomerAssembler(layout);
    try (InputStream in = Files.newInputStream(spool);
        ErpDocumentReader reader = ErpDocumentReader.open(layout, in, file.originalName())) {
      Optional<ErpDocument> next;
      int documents = 0;
      while ((next = reader.next()).isPresent()) {
        documents++;
        ErpDocument document = next.get();
        Optional<Refusal> refused =
            layout.subject() == ErpLayout.Subject.CUSTOMERS
                ? customer(customerAssembler.assemble(document), file, source)
                : invoice(invoiceAssembler.assemble(document), layout, source);
        if (refused.isEmpty()) {
          stored++;
        } else if (refused.get().problems().isEmpty()) {
          known++;
        } else {
          Refusal r = refused.get();
          invoiceStore.reject(subject(layout), r.documentId(), r.where(), r.problems(), source);
          refusals.add(
              r.documentId().map(id -> id + " at ").orElse("")
                  + r.where()
                  + ": "
                  + r.problems().stream().map(InvoiceProblem::toString).toList());
        }
      }
      if (documents == 0) {
        throw new UnreadableFile(
            file.originalName()
                + ": no "
                + (layout.subject() == ErpLayout.Subject.CUSTOMERS ? "customer" : "invoice")
                + " in the file (layout "
                + layout.name()
                + ")");
      }
    } catch (InvalidFileException e) {
      throw new UnreadableFile(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(stored, known, refusals);
  }

  /** Empty: stored; a refusal without problems: already known. */
  private record Refusal(
      Optional<String> documentId, String where, List<InvoiceProblem> problems) {}

  private Optional<Refusal> invoice(
      InvoiceAssembler.Result assembled, ErpLayout layout, Source source) {
    if (assembled instanceof InvoiceAssembler.Refused r) {
      return Optional.of(new Refusal(r.documentId(), r.where(), r.problems()));
    }
    var incoming = ((InvoiceAssembler.Assembled) assembled).invoice();
    try {
      InvoiceIntake.Outcome outcome =
          invoices.accept(incoming, source, layout.invoiceNumbers(), layout.creditNoteNumbers());
      if (outcome instanceof InvoiceIntake.Stored) {
        return Optional.empty();
      }
      if (outcome instanceof InvoiceIntake.AlreadyStored) {
        return Optional.of(
            new Refusal(Optional.of(incoming.documentId()), incoming.where(), List.of()));
      }
      if (outcome instanceof InvoiceIntake.Conflict c) {
        return Optional.of(
            new Refusal(
                Optional.of(c.documentId()),
                incoming.where(),
                List.of(
                    new InvoiceProblem(
                        incoming.where(),
                        "duplicate document id "
                            + c.documentId()
                            + ": stored before as "
                            + c.stored().number()
                            + " with other content"))));
      }
      InvoiceIntake.Refused r = (InvoiceIntake.Refused) outcome;
      return Optional.of(new Refusal(r.documentId(), incoming.where(), r.problems()));
    } catch (DataIntegrityViolationException e) {
      return Optional.of(
          new Refusal(
              Optional.of(incoming.documentId()),
              incoming.where(),
              List.of(
                  new InvoiceProblem(
                      incoming.where(),
                      "refused by the database: " + e.getMostSpecificCause().getMessage()))));
    }
  }

  private Optional<Refusal> customer(
      CustomerAssembler.Result assembled, InboundFile file, Source source) {
    if (assembled instanceof CustomerAssembler.Refused r) {
      return Optional.of(new Refusal(r.customerId(), r.where(), r.problems()));
    }
    var customer = ((CustomerAssembler.Accepted) assembled).customer();
    try {
      savepoint.executeWithoutResult(
          tx -> customers.upsert(customer, Optional.of(file.partnerId()), source.actor()));
      return Optional.empty();
    } catch (DataIntegrityViolationException e) {
      return Optional.of(
          new Refusal(
              Optional.of(customer.id()),
              file.originalName(),
              List.of(
                  new InvoiceProblem(
                      "customer " + customer.id(),
                      "refused by the database: " + e.getMostSpecificCause().getMessage()))));
    }
  }

  private static String subject(ErpLayout layout) {
    return layout.subject() == ErpLayout.Subject.CUSTOMERS ? "CUSTOMER" : "INVOICE";
  }

  /** A file nothing can be read from: rolls its transaction back, then it is quarantined. */
  private static final class UnreadableFile extends RuntimeException {
    UnreadableFile(String reason) {
      super(reason);
    }
  }
}
