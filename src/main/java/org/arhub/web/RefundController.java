package org.arhub.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;
import org.arhub.store.RefundStore;
import org.arhub.store.RefundStore.Refund;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Refunds of a customer's on-account balance. The request's {@code Idempotency-Key} header (or
 * {@code refundId} in the body) identifies the refund: a retry returns the refund made the first
 * time (200) instead of paying twice (201 the first time). Who refunded and why go to the audit
 * log.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}")
public class RefundController {
  private final RefundStore store;

  public RefundController(RefundStore store) {
    this.store = store;
  }

  public record RefundRequest(BigDecimal amount, String currency, String reason, String refundId) {}

  public record RefundView(
      long id,
      String customerId,
      BigDecimal amount,
      String currency,
      String reason,
      String refundId,
      String postingId,
      LocalDate refundDate,
      String refundedBy,
      boolean replayed) {
    static RefundView of(Refund r) {
      return new RefundView(
          r.id(),
          r.customerId(),
          r.amount().amount(),
          r.amount().currency(),
          r.reason(),
          r.idempotencyKey(),
          r.postingId(),
          r.refundDate(),
          r.createdBy(),
          r.replayed());
    }
  }

  public record Balance(String customerId, String currency, BigDecimal onAccount) {}

  @PostMapping("/refunds")
  public ResponseEntity<RefundView> refund(
      @PathVariable String customerId,
      @RequestHeader("Idempotency-Key") Optional<String> idempotencyKey,
      @RequestBody RefundRequest request,
      Principal user) {
    if (request.amount() == null || request.currency() == null) {
      throw new IllegalArgumentException("a refund needs amount and currency");
    }
    String key =
        idempotencyKey
            .filter(k -> !k.isBlank())
            .or(() -> Optional.ofNullable(request.refundId()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "send an Idempotency-Key header (or refundId) so a retry refunds once"));
    Refund refund =
        store.refund(
            customerId,
            new Money(request.amount(), request.currency()),
            request.reason(),
            key,
            user.getName());
    return ResponseEntity.status(refund.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(RefundView.of(refund));
  }

  @GetMapping("/refunds")
  public List<RefundView> refunds(@PathVariable String customerId) {
    return store.refunds(customerId).stream().map(RefundView::of).toList();
  }

  @GetMapping("/on-account/{currency}")
  public Balance onAccount(@PathVariable String customerId, @PathVariable String currency) {
    return new Balance(customerId, currency, store.onAccountBalance(customerId, currency));
  }

  public record Problem(String error) {}

  /** Bad input, or more than the customer has on account. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Problem refused(IllegalArgumentException e) {
    return new Problem(e.getMessage());
  }

  /** The key was used for another refund, or the database refused it (concurrent refunds). */
  @ExceptionHandler({IllegalStateException.class, DataIntegrityViolationException.class})
  @ResponseStatus(HttpStatus.CONFLICT)
  public Problem conflict(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return new Problem(cause.getMessage());
  }
}
