package org.arhub.formats.bai2;

import java.util.Arrays;

/**
 * One logical record: a physical record and the 88 continuations that follow it (BAI2 v2, 88
 * Continuation record: "continues the previous record", field after field). Each part is kept as a
 * range of its physical line, so splitting copies no text. Reused from record to record.
 */
final class Bai2LogicalRecord {
  /**
   * A logical record's text beyond this many characters or parts is not kept (its records are still
   * counted).
   */
  static final int MAX_CHARS = 1 << 20;

  static final int MAX_PARTS = 1 << 16;

  private String code;
  private int physicalRecords;
  private int segments;
  private int chars;
  private String[] sources = new String[4];
  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int[] lines = new int[4];
  private boolean[] continuations = new boolean[4];
  private boolean overflowed;

  void start(String code, String source, int start, int end, int line) {
    this.code = code;
    physicalRecords = 0;
    segments = 0;
    chars = 0;
    overflowed = false;
    add(source, start, end, line, false, true);
  }

  /**
   * Adds an 88 ({@code counted}) or a line that wraps the free text without a record code of its
   * own (not counted: it is no record). Parts past {@link #MAX_CHARS} or {@link #MAX_PARTS} are
   * dropped and {@link #overflowed()} says so.
   */
  void add(String source, int start, int end, int line, boolean continuation, boolean counted) {
    if (counted) {
      physicalRecords++;
    }
    if (overflowed || chars + end - start > MAX_CHARS || segments == MAX_PARTS) {
      overflowed = true;
      return;
    }
    if (segments == sources.length) {
      int size = segments * 2;
      sources = Arrays.copyOf(sources, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      lines = Arrays.copyOf(lines, size);
      continuations = Arrays.copyOf(continuations, size);
    }
    sources[segments] = source;
    starts[segments] = start;
    ends[segments] = end;
    lines[segments] = line;
    continuations[segments] = continuation;
    segments++;
    chars += end - start;
  }

  String code() {
    return code;
  }

  int line() {
    return lines[0];
  }

  /** The record itself plus its 88s: what the 49/98/99 record counts count. */
  int physicalRecords() {
    return physicalRecords;
  }

  boolean overflowed() {
    return overflowed;
  }

  int segments() {
    return segments;
  }

  String source(int segment) {
    return sources[segment];
  }

  int start(int segment) {
    return starts[segment];
  }

  int end(int segment) {
    return ends[segment];
  }

  /**
   * "line 7 (16 transaction detail)" or, inside a continuation, "line 8 (88 continuation of 16
   * transaction detail)".
   */
  String position(int segment) {
    String name = name(code);
    if (segment > 0 && continuations[segment]) {
      return "line " + lines[segment] + " (88 continuation of " + name + ")";
    }
    return "line " + lines[segment] + " (" + name + ")";
  }

  String position() {
    return position(0);
  }

  /** The record's name as the spec calls it, for messages. */
  static String name(String code) {
    return switch (code) {
      case "01" -> "01 file header";
      case "02" -> "02 group header";
      case "03" -> "03 account identifier";
      case "16" -> "16 transaction detail";
      case "49" -> "49 account trailer";
      case "88" -> "88 continuation";
      case "98" -> "98 group trailer";
      case "99" -> "99 file trailer";
      default -> "record " + code;
    };
  }
}
