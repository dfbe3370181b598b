package org.arhub.hub;

import java.util.List;
import java.util.Optional;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.GlBatchFiles;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.store.GeneralLedgerStore;
import org.arhub.store.GlExportStore;
import org.arhub.store.GlExportStore.Batch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of the sync to the GL (routes/gl-export.yaml calls {@link #run}): journal the invoices
 * not journalled yet, put the new journal lines into batches per period, and deliver the batches
 * not yet sent: pushed to a REST endpoint, written to a folder, or handed to the outbound file
 * outbox of the GL partner's SFTP route.
 */
public class GlExport {
  private static final Logger log = LoggerFactory.getLogger(GlExport.class);
  private final GeneralLedgerStore ledger;
  private final GlExportStore exports;
  private final InvoiceJournal invoices;
  private final GlBatchFiles files;
  private final String targetId;
  private final Optional<GlTarget> target;
  private final boolean exportsAtAll;
  private final Alerts alerts;

  public GlExport(
      GeneralLedgerStore ledger,
      GlExportStore exports,
      ChartOfAccounts chart,
      GlMapping mapping,
      GeneralLedgerProperties properties,
      Alerts alerts) {
    this.ledger = ledger;
    this.exports = exports;
    this.invoices = new InvoiceJournal(chart, chart.company());
    this.files = new GlBatchFiles(mapping, chart.company());
    this.targetId = properties.targetId();
    this.exportsAtAll = properties.exports();
    this.alerts = alerts;
    if (properties.getRestUrl() != null) {
      target = Optional.of(new GlRestTarget(properties.getRestUrl()));
    } else if (properties.getFolder() != null) {
      target = Optional.of(new GlFolderTarget(properties.getFolder()));
    } else {
      target = Optional.empty();
    }
  }

  public void run() {
    List<String> refused = ledger.journalInvoices(invoices, 1_000);
    // a refused invoice is recorded and left out until it changes: each refusal is new, and heard
    // of
    // once (GET /api/v1/gl/refusals lists those still standing)
    refused.forEach(
        problem ->
            alerts.raise(AlertKind.OUTBOUND_FAILED, null, "invoice not journalled", problem));
    if (!exportsAtAll) {
      return;
    }
    List<Batch> created = exports.createBatches(targetId, files, target.isEmpty());
    created.forEach(
        b ->
            log.info(
                "GL batch {} for {}: {} entries, {} lines",
                b.id(),
                b.period(),
                b.entryCount(),
                b.lineCount()));
    if (target.isPresent()) {
      exports.deliver(
          targetId,
          100,
          batch -> {
            GlExportStore.Delivery result =
                target
                    .get()
                    .send(
                        batch, exports.bytes(batch.csvSha256()), exports.bytes(batch.jsonSha256()));
            if (result.status().equals("FAILED") && batch.attempts() == 0) {
              alerts.raise(
                  AlertKind.OUTBOUND_FAILED,
                  targetId,
                  "could not send GL batch " + batch.id() + "; will retry",
                  result.reason().orElse(""));
            }
            return result;
          });
    } else {
      exports.filesSent(targetId);
    }
  }
}
