package org.arhub.formats.lockbox;

import org.arhub.formats.InvalidFileException;

/**
 * One thing wrong with a lockbox file, where and why: {@code position} names the line, the record
 * type after the spec and the field ("line 9, LockboxBatchTotal field amount"), {@code reason} says
 * what is wrong in words an operator can act on.
 *
 * @param line the 1-based line of the record; for a file that ends too early, the line after its
 *     last
 */
public record LockboxProblem(long line, String position, String reason) {

  static LockboxProblem at(long line, String recordName, String field, String reason) {
    return new LockboxProblem(line, "line " + line + ", " + recordName + " field " + field, reason);
  }

  static LockboxProblem at(long line, String recordName, String reason) {
    return new LockboxProblem(line, "line " + line + ", " + recordName, reason);
  }

  static LockboxProblem atLine(long line, String reason) {
    return new LockboxProblem(line, "line " + line, reason);
  }

  static LockboxProblem atEnd(long lastLine, String reason) {
    return new LockboxProblem(
        lastLine + 1,
        lastLine == 0 ? "start of file" : "end of file after line " + lastLine,
        reason);
  }

  public InvalidFileException toException(String fileName) {
    return new InvalidFileException(fileName, position, reason);
  }

  @Override
  public String toString() {
    return position + ": " + reason;
  }
}
