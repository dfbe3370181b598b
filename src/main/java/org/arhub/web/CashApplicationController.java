package org.arhub.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.hub.CashApplicationRun;
import org.arhub.store.CashApplicationStore;
import org.arhub.store.CashApplicationStore.ExceptionItem;
import org.arhub.store.CashApplicationStore.ManualAllocation;
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

/**
 * The accountants' API for what cash application could not decide: the exception queue with its
 * candidates and evidence, and the decisions a person makes on it (apply, split across invoices,
 * put on account, write off, open a dispute for a deducted part, unapply). Every decision records
 * who made it and why, and teaches the engine (payer account, payer name, reference alias).
 */
@RestController
@RequestMapping("/api/v1")
public class CashApplicationController {
  private final CashApplicationStore store;
  private final CashApplicationRun run;

  public CashApplicationController(CashApplicationStore store, CashApplicationRun run) {
    this.store = store;
    this.run = run;
  }

  /** One payment waiting for a person, with the engine's candidates and evidence as JSON. */
  public record ExceptionView(
      long bankPaymentId,
      String paymentId,
      String partnerId,
      BigDecimal amount,
      String currency,
      LocalDate bookingDate,
      Optional<String> payerName,
      Optional<String> payerAccount,
      Optional<String> customerId,
      String reason,
      @JsonRawValue String candidates,
      @JsonRawValue String evidence) {
    static ExceptionView of(ExceptionItem item) {
      return new ExceptionView(
          item.bankPaymentId(),
          item.paymentId(),
          item.partnerId(),
          item.amount(),
          item.currency(),
          item.bookingDate(),
          item.payerName(),
          item.payerAccount(),
          item.customerId(),
          item.reason(),
          item.candidates() == null ? "[]" : item.candidates(),
          item.evidence() == null ? "[]" : item.evidence());
    }
  }

  @GetMapping("/exceptions")
  public List<ExceptionView> exceptions(@RequestParam(defaultValue = "100") int limit) {
    return store.exceptions(Math.min(limit, 1000)).stream().map(ExceptionView::of).toList();
  }

  /** One invoice of a manual application; absent amounts are zero. */
  public record InvoiceAllocation(
      String invoice,
      BigDecimal amount,
      BigDecimal discount,
      BigDecimal writeOff,
      BigDecimal disputed,
      String disputeReason) {
    ManualAllocation toManual() {
      return new ManualAllocation(
          invoice,
          orZero(amount),
          orZero(discount),
          orZero(writeOff),
          orZero(disputed),
          Optional.ofNullable(disputeReason).filter(r -> !r.isBlank()));
    }
  }

  /**
   * An accountant's decision: cash to invoices (each may settle a discount or write-off, or dispute
   * a deducted part), the rest on account of {@code customerId}, and why.
   */
  public record ManualDecisionRequest(
      List<InvoiceAllocation> allocations,
      BigDecimal onAccount,
      String customerId,
      String reason) {}

  public record Reason(String reason) {}

  @PostMapping("/payments/{id}/apply")
  public Outcome apply(
      @PathVariable long id, @RequestBody ManualDecisionRequest request, Principal user) {
    List<ManualAllocation> allocations =
        request.allocations() == null
            ? List.of()
            : request.allocations().stream().map(InvoiceAllocation::toManual).toList();
    store.applyManually(
        id,
        allocations,
        orZero(request.onAccount()),
        Optional.ofNullable(request.customerId()),
        user.getName(),
        required(request.reason()));
    return new Outcome(id, "APPLIED");
  }

  @PostMapping("/payments/{id}/write-off")
  public Outcome writeOff(@PathVariable long id, @RequestBody Reason request, Principal user) {
    store.writeOff(id, user.getName(), required(request.reason()));
    return new Outcome(id, "WRITTEN_OFF");
  }

  @PostMapping("/payments/{id}/unapply")
  public Outcome unapply(@PathVariable long id, @RequestBody Reason request, Principal user) {
    store.unapply(id, user.getName(), required(request.reason()));
    return new Outcome(id, "UNAPPLIED");
  }

  /** Runs cash application over pending payments now instead of at the next timer tick. */
  @PostMapping("/cash-application/run")
  public CashApplicationRun.Summary runNow() {
    return run.run();
  }

  public record Outcome(long paymentId, String status) {}

  /** A decision the store refuses (too much applied, unknown invoice, wrong currency) is a 400. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Problem refused(IllegalArgumentException e) {
    return new Problem(e.getMessage());
  }

  /**
   * What the database refuses at commit (e.g. unapplying cash that was refunded meanwhile, or a
   * person settled the invoice first) is a conflict with the current state, said in its words.
   */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public Problem conflict(org.springframework.dao.DataIntegrityViolationException e) {
    Throwable root = e.getMostSpecificCause();
    String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
    return new Problem(
        message.replaceFirst("(?s)^ERROR: ", "").replaceFirst("(?s)\\s+Where: .*$", ""));
  }

  public record Problem(String error) {}

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required: say why, for the audit log");
    }
    return reason;
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
