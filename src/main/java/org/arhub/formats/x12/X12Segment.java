package org.arhub.formats.x12;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segment as read: tag, element values and the syntax errors StAEDI found in it (and in
 * segments it found missing just before it). Element values keep composites and repetitions joined
 * by their separators; {@link #element} trims the padding partners leave in values. The reader
 * fills one instance segment after segment.
 */
public final class X12Segment {
  private String tag = "";
  private int number;
  private String[] values = new String[24];
  private int count;
  private final List<X12SegmentError> errors = new ArrayList<>();

  void start(String tag, int number) {
    this.tag = tag;
    this.number = number;
    Arrays.fill(values, 0, count, null);
    count = 0;
    errors.clear();
  }

  void add(int position, int component, int repetition, String text, X12Delimiters delimiters) {
    if (position < 1) {
      return;
    }
    if (position > values.length) {
      values = Arrays.copyOf(values, Math.max(position, values.length * 2));
    }
    String old = values[position - 1];
    if (old == null) {
      values[position - 1] = text;
    } else if (component > 1) {
      values[position - 1] = old + delimiters.component() + text;
    } else if (repetition > 1) {
      values[position - 1] =
          old + (delimiters.hasRepetition() ? delimiters.repetition() : '^') + text;
    } else {
      values[position - 1] = text;
    }
    count = Math.max(count, position);
  }

  void error(X12SegmentError error) {
    errors.add(error);
  }

  public String tag() {
    return tag;
  }

  /** The segment's number in the file, the first ISA being 1. */
  public int number() {
    return number;
  }

  /** Element {@code n} (1 = first after the tag) without surrounding spaces, "" when absent. */
  public String element(int n) {
    String v = raw(n);
    return v.isEmpty() ? v : v.strip();
  }

  /** Element {@code n} exactly as sent, "" when absent. */
  public String raw(int n) {
    return n >= 1 && n <= count && values[n - 1] != null ? values[n - 1] : "";
  }

  public boolean has(int n) {
    return !element(n).isEmpty();
  }

  public int elementCount() {
    return count;
  }

  /** The X12 name of element {@code n}, e.g. "BPR02". */
  public String name(int n) {
    return String.format("%s%02d", tag, n);
  }

  /** "segment 12 (RMR)", for messages. */
  public String where() {
    return "segment " + number + " (" + tag + ")";
  }

  /** Syntax errors found at this segment, with their segment numbers in the file as positions. */
  public List<X12SegmentError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(tag);
    for (int i = 1; i <= count; i++) {
      s.append('*').append(raw(i));
    }
    return s.toString();
  }
}
