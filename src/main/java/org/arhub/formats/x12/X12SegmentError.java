package org.arhub.formats.x12;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One segment in error in a transaction set (997 AK3 with its AK4s / 999 IK3 with its IK4s).
 *
 * @param position the segment's position in its transaction set, ST being 1
 * @param loopId the X12 id of the loop the segment is in, when known
 * @param error the segment-level error; empty when only its elements are in error
 */
public record X12SegmentError(
    String tag,
    int position,
    Optional<String> loopId,
    Optional<X12SegmentSyntaxError> error,
    List<X12ElementError> elements) {
  public X12SegmentError {
    elements = List.copyOf(elements);
  }

  /** The segment-level code to send: its own error, else "has data element errors". */
  public X12SegmentSyntaxError effectiveError() {
    return error.orElse(X12SegmentSyntaxError.SEGMENT_HAS_DATA_ELEMENT_ERRORS);
  }

  /**
   * A segment reported missing where it was found missing, rather than a segment present in error.
   */
  public boolean missing() {
    return error.isPresent()
        && switch (error.get()) {
          case REQUIRED_SEGMENT_MISSING,
              IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
              IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
              IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE ->
              true;
          default -> false;
        };
  }

  /**
   * The error in words: "RMR04: invalid character in data element ('5000 ')" or "required segment
   * missing: TDS".
   */
  public String describe() {
    if (missing()) {
      return error.get().description().toLowerCase(Locale.ROOT) + ": " + tag;
    }
    List<String> parts = new java.util.ArrayList<>();
    error.ifPresent(e -> parts.add(e.description().toLowerCase(Locale.ROOT)));
    elements.stream().map(e -> e.describe(tag)).forEach(parts::add);
    return String.join("; ", parts);
  }
}
