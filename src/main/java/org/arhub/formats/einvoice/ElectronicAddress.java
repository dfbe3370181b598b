package org.arhub.formats.einvoice;

import java.util.Optional;

/**
 * An e-invoicing address (EN 16931 BT-34/BT-49): the canonical "0088:5790000435975" is the EAS
 * scheme (0088 GLN, 0208 Belgian enterprise number, 9930 German VAT id, ...) and the id within it.
 */
public record ElectronicAddress(String scheme, String id) {
  /** The address in canonical form, or empty when it is not "SCHEME:ID". */
  public static Optional<ElectronicAddress> parse(String canonical) {
    int colon = canonical.indexOf(':');
    if (colon <= 0 || colon == canonical.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        new ElectronicAddress(canonical.substring(0, colon), canonical.substring(colon + 1)));
  }

  /** An address already checked by {@link InvoiceFigures#of}. */
  public static Optional<ElectronicAddress> of(Optional<String> canonical) {
    return canonical.map(c -> parse(c).orElseThrow());
  }
}
