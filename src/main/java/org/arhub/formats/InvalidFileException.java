package org.arhub.formats;

/**
 * A file that cannot be accepted, with where and why in words an operator can act on:
 * "BAI2-20261120.bai: line 41: 49 record total 150000 != computed 149000 for account 12345".
 */
public class InvalidFileException extends Exception {
  private final String file;
  private final String position;
  private final String reason;

  public InvalidFileException(String file, String position, String reason) {
    super(file + ": " + position + ": " + reason);
    this.file = file;
    this.position = position;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String position() {
    return position;
  }

  public String reason() {
    return reason;
  }
}
