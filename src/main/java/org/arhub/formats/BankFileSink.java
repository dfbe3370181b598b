package org.arhub.formats;

import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Receives a file's content as a reader streams it, one part at a time, in this order: {@code
 * file}, then for each statement {@code statement}, its {@code entry}s and {@code endStatement},
 * and/or {@code remittance}s, then {@code endFile}. Nothing needs the whole file in memory. A
 * reader that finds the file invalid throws; a consumer that stores parts must then discard what it
 * received of that file (the hub does all of it in one transaction).
 */
public interface BankFileSink {
  void file(FileHeader header);

  void statement(Statement statement);

  void entry(BankEntry entry);

  void endStatement(StatementEnd end);

  void remittance(Remittance remittance);

  void endFile();
}
