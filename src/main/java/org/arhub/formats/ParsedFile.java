package org.arhub.formats;

/** What a reader made of one inbound file; the format readers add the statements and remittances. */
public interface ParsedFile {
  /** The exact format and version read, e.g. "camt.053.001.08" or "BAI2". */
  String format();

  /** The sender's identity of the file (BAI2 file id, camt MsgId, ISA control number). */
  String fileId();
}
