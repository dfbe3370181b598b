package org.arhub.formats.camt;

import java.util.ArrayList;
import java.util.List;
import org.arhub.formats.BankFileSink;
import org.arhub.model.BankEntry;
import org.arhub.model.BankTransaction;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/** A sink that keeps everything a reader sent, checking the order the sink contract promises. */
class ReadFile implements BankFileSink {
  FileHeader header;
  final List<ReadStatement> statements = new ArrayList<>();
  boolean ended;

  /** One statement with its entries and end. */
  static final class ReadStatement {
    final Statement statement;
    final List<BankEntry> entries = new ArrayList<>();
    StatementEnd end;

    ReadStatement(Statement statement) {
      this.statement = statement;
    }

    List<BankTransaction> transactions() {
      return entries.stream().flatMap(e -> e.transactions().stream()).toList();
    }
  }

  @Override
  public void file(FileHeader fileHeader) {
    check(header == null, "file() twice");
    header = fileHeader;
  }

  @Override
  public void statement(Statement statement) {
    check(
        header != null && (statements.isEmpty() || last().end != null), "statement() out of order");
    statements.add(new ReadStatement(statement));
  }

  @Override
  public void entry(BankEntry entry) {
    check(!statements.isEmpty() && last().end == null, "entry() outside a statement");
    last().entries.add(entry);
  }

  @Override
  public void endStatement(StatementEnd end) {
    check(!statements.isEmpty() && last().end == null, "endStatement() outside a statement");
    last().end = end;
  }

  @Override
  public void remittance(Remittance remittance) {
    throw new IllegalStateException("a camt reader sends no remittances");
  }

  @Override
  public void endFile() {
    check(
        header != null && !ended && (statements.isEmpty() || last().end != null),
        "endFile() out of order");
    ended = true;
  }

  List<BankEntry> entries() {
    return statements.stream().flatMap(s -> s.entries.stream()).toList();
  }

  private ReadStatement last() {
    return statements.get(statements.size() - 1);
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }
}
