package org.arhub.partner;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start-up when any partner file is invalid; lists every problem found, not just the
 * first.
 */
public class PartnerConfigException extends RuntimeException {
  private final List<PartnerConfigError> errors;

  public PartnerConfigException(List<PartnerConfigError> errors) {
    super(
        "Invalid partner configuration ("
            + errors.size()
            + " problem"
            + (errors.size() == 1 ? "" : "s")
            + "):\n  "
            + errors.stream()
                .map(PartnerConfigError::toString)
                .collect(Collectors.joining("\n  ")));
    this.errors = List.copyOf(errors);
  }

  public List<PartnerConfigError> errors() {
    return errors;
  }
}
