package org.arhub.formats.x12;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ISA Interchange Control Header (X12.5): 16 fixed-width elements, 106 characters with the segment
 * terminator. A broken ISA (wrong widths, bad separators, no control number) makes the file
 * unreadable; other wrong values are {@link #notes() noted} for the TA1 and the file is read.
 *
 * @param senderId ISA06 as sent (space padded); {@link #sender()} trims it
 * @param segmentNumber the ISA's segment number in the file (1 for the first interchange)
 */
public record X12InterchangeHeader(
    String authorizationQualifier,
    String authorization,
    String securityQualifier,
    String security,
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String date,
    String time,
    String standardsIdentifier,
    String version,
    String controlNumber,
    String acknowledgmentRequested,
    String usage,
    X12Delimiters delimiters,
    int segmentNumber,
    List<X12InterchangeNote> notes) {

  static final int LENGTH = 106;
  private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
  private static final Set<String> VERSIONS =
      Set.of(
          "00200", "00201", "00204", "00300", "00301", "00302", "00303", "00304", "00305", "00306",
          "00307", "00400", "00401", "00402", "00403", "00404", "00405", "00406", "00500", "00501",
          "00502", "00503", "00504", "00505", "00600", "00601", "00602", "00603", "00604", "00605",
          "00700", "00701", "00702", "00703", "00704", "00705", "00706", "00800", "00801");

  public X12InterchangeHeader {
    notes = List.copyOf(notes);
  }

  /** The sender id without its padding (ISA06). */
  public String sender() {
    return senderId.strip();
  }

  public String receiver() {
    return receiverId.strip();
  }

  /** The duplicate-interchange key: {@code <ISA06>/<ISA13>}. */
  public String interchangeId() {
    return sender() + "/" + controlNumber;
  }

  /** ISA09/ISA10; two-digit years 80-99 are 19xx, 00-79 20xx. */
  public Optional<LocalDateTime> created() {
    return X12Dates.date(date).flatMap(d -> X12Dates.time(time).map(t -> LocalDateTime.of(d, t)));
  }

  public boolean acknowledgmentWanted() {
    return "1".equals(acknowledgmentRequested);
  }

  /**
   * Reads the 106 characters of an ISA. Throws when the ISA is too broken to know the delimiters or
   * the interchange's identity; notes the other problems.
   */
  static X12InterchangeHeader parse(String isa, int segmentNumber) throws X12EnvelopeException {
    String where = "segment " + segmentNumber + " (ISA)";
    if (isa.length() < LENGTH) {
      throw new X12EnvelopeException(
          where,
          "the ISA is cut off after "
              + isa.length()
              + " characters; an ISA is exactly "
              + LENGTH
              + " (the file is truncated)");
    }
    char element = isa.charAt(3);
    if (Character.isLetterOrDigit(element) || element == ' ') {
      throw new X12EnvelopeException(
          where,
          "element separator "
              + X12Delimiters.show(element)
              + " after ISA is not a separator character");
    }
    String[] values = new String[WIDTHS.length];
    int start = 4;
    for (int i = 0; i < WIDTHS.length; i++) {
      int end = start + WIDTHS[i];
      int actual = isa.indexOf(element, start);
      boolean last = i == WIDTHS.length - 1;
      if (!last && actual != end) {
        throw new X12EnvelopeException(where, widthProblem(i + 1, isa, start, actual, element));
      }
      if (last && actual >= 0 && actual <= end) {
        throw new X12EnvelopeException(
            where,
            "ISA16 (component separator) is missing: the ISA must end with one character and the segment terminator");
      }
      values[i] = isa.substring(start, end);
      start = end + 1;
    }
    char component = isa.charAt(104);
    char segment = isa.charAt(105);
    String version = values[11];
    X12Delimiters delimiters =
        new X12Delimiters(
            element,
            component,
            repetition(values[10].charAt(0), version, element, component, segment),
            segment);
    String control = values[12];
    if (Character.isLetterOrDigit(segment) || segment == element) {
      throw rejected(
          where,
          values,
          delimiters,
          segmentNumber,
          X12InterchangeNote.INVALID_SEGMENT_TERMINATOR,
          "segment terminator "
              + X12Delimiters.show(segment)
              + " (the character after ISA16) is not a separator character; the ISA is "
              + LENGTH
              + " characters, fixed width");
    }
    if (Character.isLetterOrDigit(component) || component == element || component == segment) {
      throw rejected(
          where,
          values,
          delimiters,
          segmentNumber,
          X12InterchangeNote.INVALID_COMPONENT_SEPARATOR,
          "ISA16 component separator "
              + X12Delimiters.show(component)
              + " is not a separator distinct from the others");
    }
    if (!control.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new X12EnvelopeException(
          where, "ISA13 interchange control number '" + control + "' is not 9 digits");
    }
    List<X12InterchangeNote> notes = notes(values);
    return new X12InterchangeHeader(
        values[0],
        values[1],
        values[2],
        values[3],
        values[4],
        values[5],
        values[6],
        values[7],
        values[8],
        values[9],
        values[10],
        version,
        control,
        values[13],
        values[14],
        delimiters,
        segmentNumber,
        notes);
  }

  /** A broken ISA whose elements could still be read, so that a TA1 can reject it. */
  private static X12EnvelopeException rejected(
      String where,
      String[] v,
      X12Delimiters delimiters,
      int segmentNumber,
      X12InterchangeNote note,
      String reason) {
    Optional<X12InterchangeHeader> header =
        v[12].chars().allMatch(c -> c >= '0' && c <= '9')
            ? Optional.of(
                new X12InterchangeHeader(
                    v[0],
                    v[1],
                    v[2],
                    v[3],
                    v[4],
                    v[5],
                    v[6],
                    v[7],
                    v[8],
                    v[9],
                    v[10],
                    v[11],
                    v[12],
                    v[13],
                    v[14],
                    delimiters,
                    segmentNumber,
                    List.of(note)))
            : Optional.empty();
    return new X12EnvelopeException(where, reason, header);
  }

  private static String widthProblem(
      int element, String isa, int start, int actual, char separator) {
    String name = String.format("ISA%02d", element);
    if (actual < 0) {
      return name + " is not followed by the element separator " + X12Delimiters.show(separator);
    }
    return name
        + " '"
        + isa.substring(start, actual)
        + "' is "
        + (actual - start)
        + " characters; the ISA is fixed-width and "
        + name
        + " must be exactly "
        + WIDTHS[element - 1];
  }

  /**
   * ISA11 is the repetition separator from version 00402 on, when it is a separator character at
   * all.
   */
  private static char repetition(
      char isa11, String version, char element, char component, char segment) {
    boolean separatorVersion =
        version.chars().allMatch(Character::isDigit) && Integer.parseInt(version) >= 402;
    boolean separatorChar =
        !Character.isLetterOrDigit(isa11)
            && isa11 != ' '
            && isa11 != element
            && isa11 != component
            && isa11 != segment;
    return separatorVersion && separatorChar ? isa11 : X12Delimiters.NONE;
  }

  private static List<X12InterchangeNote> notes(String[] v) {
    List<X12InterchangeNote> notes = new ArrayList<>();
    if (v[4].isBlank()) {
      notes.add(X12InterchangeNote.INVALID_SENDER_QUALIFIER);
    }
    if (v[5].isBlank()) {
      notes.add(X12InterchangeNote.INVALID_SENDER_ID);
    }
    if (v[6].isBlank()) {
      notes.add(X12InterchangeNote.INVALID_RECEIVER_QUALIFIER);
    }
    if (v[7].isBlank()) {
      notes.add(X12InterchangeNote.INVALID_RECEIVER_ID);
    }
    if (X12Dates.date(v[8]).isEmpty()) {
      notes.add(X12InterchangeNote.INVALID_DATE);
    }
    if (X12Dates.time(v[9]).isEmpty()) {
      notes.add(X12InterchangeNote.INVALID_TIME);
    }
    if (!VERSIONS.contains(v[11])) {
      notes.add(X12InterchangeNote.INVALID_VERSION);
    }
    if (!v[13].equals("0") && !v[13].equals("1")) {
      notes.add(X12InterchangeNote.INVALID_ACKNOWLEDGMENT_REQUESTED);
    }
    if (!Set.of("P", "T", "I").contains(v[14])) {
      notes.add(X12InterchangeNote.INVALID_TEST_INDICATOR);
    }
    return notes;
  }
}
