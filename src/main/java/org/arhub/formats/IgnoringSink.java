package org.arhub.formats;

import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * A sink that ignores every part: for a pass that only wants what a reader reports on the side
 * (acknowledgments, counts). Extend it to watch some parts only.
 */
public class IgnoringSink implements BankFileSink {
  @Override
  public void file(FileHeader header) {}

  @Override
  public void statement(Statement statement) {}

  @Override
  public void entry(BankEntry entry) {}

  @Override
  public void endStatement(StatementEnd end) {}

  @Override
  public void remittance(Remittance remittance) {}

  @Override
  public void endFile() {}
}
