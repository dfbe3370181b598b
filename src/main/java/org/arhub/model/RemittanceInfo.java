package org.arhub.model;

import java.util.List;
import java.util.Optional;

/**
 * What the payer said about a payment: free text (camt Ustrd, BAI2 88 text) and structured
 * references; {@code creditorReference} is a CdtrRefInf reference (ISO 11649 RF, Swiss QRR).
 */
public record RemittanceInfo(
    List<String> unstructured,
    List<DocumentReference> references,
    Optional<String> creditorReference) {
  public RemittanceInfo {
    unstructured = List.copyOf(unstructured);
    references = List.copyOf(references);
  }

  public static RemittanceInfo none() {
    return new RemittanceInfo(List.of(), List.of(), Optional.empty());
  }
}
