package org.arhub.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.gl.GlBalanceReport;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.ledger.gl.ReconciliationReport;
import org.arhub.store.GeneralLedgerStore;
import org.arhub.store.GeneralLedgerStore.JournalRefusal;
import org.arhub.store.GeneralLedgerStore.Period;
import org.arhub.store.GlExportStore;
import org.arhub.store.GlExportStore.Batch;
import org.arhub.store.GlExportStore.Delivery;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The general ledger for accountants: accounting periods and their close, the export batches with
 * the GL's acknowledgements, the GL balance report read back and the reconciliation it gives.
 * Closing a period and answering for the GL are audit-logged with who and why.
 */
@RestController
@RequestMapping("/api/v1/gl")
public class GeneralLedgerController {
  private final GeneralLedgerStore ledger;
  private final GlExportStore exports;
  private final ChartOfAccounts chart;
  private final GlMapping mapping;

  public GeneralLedgerController(
      GeneralLedgerStore ledger, GlExportStore exports, ChartOfAccounts chart, GlMapping mapping) {
    this.ledger = ledger;
    this.exports = exports;
    this.chart = chart;
    this.mapping = mapping;
  }

  @GetMapping("/periods")
  public List<Period> periods() {
    return ledger.periods();
  }

  public record CloseRequest(String reason) {}

  /** Closes a period (YYYY-MM): later postings dated in it go to the next open period. */
  @PostMapping("/periods/{period}/close")
  public Period close(
      @PathVariable String period, @RequestBody CloseRequest request, Principal principal) {
    return ledger.closePeriod(period, principal.getName(), request.reason());
  }

  /**
   * The invoices the journal refused (with the reason), left out of the sync until they change:
   * they owe the customer's receivables an entry.
   */
  @GetMapping("/refusals")
  public List<JournalRefusal> refusals() {
    return ledger.journalRefusals();
  }

  @GetMapping("/batches")
  public List<Batch> batches(@RequestParam Optional<String> period) {
    return exports.batches(period);
  }

  public record Acknowledgement(boolean accepted, String reason, String glReference) {}

  /** The GL's answer for a batch delivered as a file. */
  @PostMapping("/batches/{id}/acknowledgement")
  public Batch acknowledge(
      @PathVariable String id, @RequestBody Acknowledgement answer, Principal principal) {
    Delivery delivery =
        answer.accepted()
            ? Delivery.acknowledged(Optional.ofNullable(answer.glReference()))
            : Delivery.rejected(
                answer.reason() == null || answer.reason().isBlank()
                    ? "rejected by the GL"
                    : answer.reason());
    return exports.acknowledge(id, delivery, principal.getName());
  }

  public record StoredBalanceReport(long id, String name, int rows) {}

  /** Reads and keeps a GL balance report (CSV, columns in mappings/ledger/gl-export.yaml). */
  @PostMapping(
      value = "/balances",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  public StoredBalanceReport balances(
      @RequestParam(defaultValue = "gl-balances.csv") String name,
      @RequestBody byte[] csv,
      Principal principal) {
    int rows =
        GlBalanceReport.read(
                new String(csv, StandardCharsets.UTF_8), name, mapping.balanceColumns())
            .size();
    long id = ledger.storeBalanceReport(name, csv, principal.getName());
    return new StoredBalanceReport(id, name, rows);
  }

  /** The reconciliation against the last GL balance report received. */
  @GetMapping("/reconciliation")
  public ReconciliationReport reconciliation(@RequestParam Optional<String> period) {
    GeneralLedgerStore.StoredReport report =
        ledger
            .latestBalanceReport()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "no GL balance report yet: POST one to /api/v1/gl/balances"));
    return ledger.reconcile(
        GlBalanceReport.read(report.content(), report.name(), mapping.balanceColumns()),
        mapping.kind(),
        chart.arControlAccounts(),
        period);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public String badRequest(IllegalArgumentException e) {
    return e.getMessage();
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String conflict(DataIntegrityViolationException e) {
    return Optional.ofNullable(e.getMostSpecificCause().getMessage()).orElse(e.getMessage());
  }
}
