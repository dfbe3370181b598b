package org.arhub.formats.camt;

import java.util.Optional;
import java.util.Set;
import org.arhub.formats.InvalidFileException;

/**
 * AppHdr, the ISO 20022 business application header (head.001) that SWIFT and many banks send
 * beside the Document inside an envelope: who sent the message (Fr) and to whom (To), as BICs.
 */
record CamtAppHeader(Optional<String> sender, Optional<String> receiver) {
  static final CamtAppHeader NONE = new CamtAppHeader(Optional.empty(), Optional.empty());
  private static final Set<String> BIC_ELEMENTS = Set.of("BICFI", "AnyBIC", "BIC", "BICOrBEI");

  static CamtAppHeader read(XmlCursor x) throws InvalidFileException {
    String from = null;
    String to = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Fr" -> from = firstOf(x, BIC_ELEMENTS);
        case "To" -> to = firstOf(x, BIC_ELEMENTS);
        default -> x.skip();
      }
    }
    return new CamtAppHeader(Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** The text of the first element inside the current one whose name is one of {@code names}. */
  static String firstOf(XmlCursor x, Set<String> names) throws InvalidFileException {
    String found = null;
    while (x.nextChild()) {
      if (found == null && names.contains(x.name())) {
        found = CamtAccount.blankToNull(x.text());
      } else if (found == null) {
        found = firstOf(x, names);
      } else {
        x.skip();
      }
    }
    return found;
  }
}
