package org.arhub.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.arhub.hub.InvoiceDispatchRun;
import org.arhub.store.AuditLog;
import org.arhub.store.InvoiceDeliveryStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an invoice's deliveries stand (queued, sent, acknowledged, held with rule ids, failed with
 * the reason) and the operator's retry of a failed one after fixing its cause.
 */
@RestController
@RequestMapping("/api/v1")
public class InvoiceDeliveryController {
  private final InvoiceDeliveryStore deliveries;
  private final AuditLog audit;
  private final InvoiceDispatchRun dispatch;

  public InvoiceDeliveryController(
      InvoiceDeliveryStore deliveries, AuditLog audit, InvoiceDispatchRun dispatch) {
    this.deliveries = deliveries;
    this.audit = audit;
    this.dispatch = dispatch;
  }

  /**
   * Dispatches an invoice again once its cause is fixed (an address, a partner file): held channels
   * are rendered and tried anew; what is queued or sent is left alone.
   */
  @PostMapping("/invoices/{number}/dispatch")
  @Transactional
  public ResponseEntity<Map<String, Object>> dispatch(
      @PathVariable String number, @RequestBody(required = false) Retry why, Principal user) {
    if (!dispatch.redispatch(number)) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "error",
                  "invoice " + number + " is unknown, not dispatched yet, or not to be sent"));
    }
    audit.record(
        user.getName(),
        "invoice.dispatch",
        "invoice",
        number,
        Map.of("reason", why == null || why.reason() == null ? "" : why.reason()));
    return ResponseEntity.ok(Map.of("number", number, "deliveryState", "PENDING"));
  }

  @GetMapping("/invoices/{number}/deliveries")
  public ResponseEntity<List<InvoiceDeliveryStore.State>> deliveries(@PathVariable String number) {
    List<InvoiceDeliveryStore.State> states = deliveries.forInvoice(number);
    return states.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(states);
  }

  /** Why the operator retries, for the audit log. */
  public record Retry(String reason) {}

  @PostMapping("/invoice-deliveries/{id}/retry")
  @Transactional
  public ResponseEntity<Map<String, Object>> retry(
      @PathVariable long id, @RequestBody(required = false) Retry retry, Principal user) {
    if (!deliveries.requeue(id)) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "error",
                  "delivery "
                      + id
                      + " is not FAILED; a HELD one is tried again by dispatching its invoice"
                      + " (POST /api/v1/invoices/{number}/dispatch)"));
    }
    audit.record(
        user.getName(),
        "invoice.delivery.retry",
        "invoice_delivery",
        id,
        Map.of("reason", retry == null || retry.reason() == null ? "" : retry.reason()));
    return ResponseEntity.ok(Map.of("id", id, "status", "QUEUED"));
  }
}
