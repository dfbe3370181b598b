package org.arhub.formats.x12;

/**
 * The separators of one interchange, as its ISA declares them (X12.5: the element separator is
 * ISA's 4th character, the component separator ISA16, the repetition separator ISA11 from version
 * 00402 on, the segment terminator the character after ISA16).
 *
 * @param repetition {@link #NONE} before version 00402 or when ISA11 is not a separator
 */
public record X12Delimiters(char element, char component, char repetition, char segment) {
  public static final char NONE = 0;

  /** What arhub writes unless a partner needs its own: {@code *} {@code >} {@code ^} {@code ~}. */
  public static final X12Delimiters STANDARD = new X12Delimiters('*', '>', '^', '~');

  public boolean hasRepetition() {
    return repetition != NONE;
  }

  /** The same delimiters without a repetition separator, for interchange versions before 00402. */
  public X12Delimiters withoutRepetition() {
    return new X12Delimiters(element, component, NONE, segment);
  }

  public String describe() {
    return "element "
        + show(element)
        + ", component "
        + show(component)
        + (hasRepetition() ? ", repetition " + show(repetition) : "")
        + ", segment "
        + show(segment);
  }

  static String show(char c) {
    return switch (c) {
      case '\n' -> "LF";
      case '\r' -> "CR";
      case '\t' -> "TAB";
      case ' ' -> "SPACE";
      default -> c < 0x20 || c > 0x7e ? String.format("0x%02X", (int) c) : "'" + c + "'";
    };
  }
}
