package org.arhub.model;

import java.util.Optional;

/** Who paid (or was paid): name and account as the bank reported them. */
public record Party(Optional<String> name, Optional<String> account, Optional<String> bankId) {
  public static Party unknown() {
    return new Party(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
