package org.arhub.partner;

import java.nio.file.Path;

/** One problem in one partner file, named so an operator can fix it without reading code. */
public record PartnerConfigError(Path file, String field, String problem) {
  @Override
  public String toString() {
    return file + ": " + field + ": " + problem;
  }
}
