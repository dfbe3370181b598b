package org.arhub.formats.x12;

import java.util.Optional;

/**
 * One data element in error (997 AK4 / 999 IK4).
 *
 * @param position the element's position in its segment (1 = first after the tag)
 * @param component its component position in a composite, 0 when it is not one
 * @param repetition its repetition, 0 when it does not repeat
 * @param referenceNumber the X12 data element reference number ("782"), when known
 * @param badValue the value in error, when there is one
 */
public record X12ElementError(
    int position,
    int component,
    int repetition,
    Optional<String> referenceNumber,
    X12ElementSyntaxError error,
    Optional<String> badValue) {

  public String describe(String tag) {
    String where = String.format("%s%02d", tag, position) + (component > 0 ? "-" + component : "");
    return where
        + ": "
        + error.description().toLowerCase(java.util.Locale.ROOT)
        + badValue.map(v -> " ('" + v + "')").orElse("");
  }
}
