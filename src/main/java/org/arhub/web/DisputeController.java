package org.arhub.web;

import java.security.Principal;
import org.arhub.store.DisputeStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing a dispute a deduction opened: RESOLVED (the customer was right) or REJECTED (the customer
 * must pay). Either way the deducted part moves back from disputed receivables to receivables; who
 * and why go to the audit log.
 */
@RestController
@RequestMapping("/api/v1/disputes")
public class DisputeController {
  private final DisputeStore store;

  public DisputeController(DisputeStore store) {
    this.store = store;
  }

  public record CloseRequest(DisputeStore.Outcome outcome, String reason) {}

  public record Closed(long disputeId, DisputeStore.Outcome outcome) {}

  @PostMapping("/{id}/close")
  public Closed close(@PathVariable long id, @RequestBody CloseRequest request, Principal user) {
    if (request.outcome() == null) {
      throw new IllegalArgumentException("outcome must be RESOLVED or REJECTED");
    }
    store.close(id, request.outcome(), user.getName(), request.reason());
    return new Closed(id, request.outcome());
  }

  public record Problem(String error) {}

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Problem refused(IllegalArgumentException e) {
    return new Problem(e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public Problem conflict(IllegalStateException e) {
    return new Problem(e.getMessage());
  }
}
