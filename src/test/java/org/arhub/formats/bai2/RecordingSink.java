package org.arhub.formats.bai2;

import java.util.ArrayList;
import java.util.List;
import org.arhub.formats.BankFileSink;
import org.arhub.model.BankEntry;
import org.arhub.model.FileHeader;
import org.arhub.model.Remittance;
import org.arhub.model.Statement;
import org.arhub.model.StatementEnd;

/**
 * Keeps what a reader streamed, and fails at once if the parts do not come in the order
 * BankFileSink promises.
 */
final class RecordingSink implements BankFileSink {
  private enum State {
    BEFORE_FILE,
    IN_FILE,
    IN_STATEMENT,
    ENDED
  }

  final List<Statement> statements = new ArrayList<>();
  final List<List<BankEntry>> entriesPerStatement = new ArrayList<>();
  final List<StatementEnd> ends = new ArrayList<>();
  FileHeader header;
  boolean ended;
  private State state = State.BEFORE_FILE;

  @Override
  public void file(FileHeader fileHeader) {
    expect(State.BEFORE_FILE, "file");
    header = fileHeader;
    state = State.IN_FILE;
  }

  @Override
  public void statement(Statement statement) {
    expect(State.IN_FILE, "statement");
    statements.add(statement);
    entriesPerStatement.add(new ArrayList<>());
    state = State.IN_STATEMENT;
  }

  @Override
  public void entry(BankEntry entry) {
    expect(State.IN_STATEMENT, "entry");
    entriesPerStatement.get(entriesPerStatement.size() - 1).add(entry);
  }

  @Override
  public void endStatement(StatementEnd end) {
    expect(State.IN_STATEMENT, "endStatement");
    ends.add(end);
    state = State.IN_FILE;
  }

  @Override
  public void remittance(Remittance remittance) {
    throw new AssertionError("a BAI2 reader sends no remittances");
  }

  @Override
  public void endFile() {
    expect(State.IN_FILE, "endFile");
    ended = true;
    state = State.ENDED;
  }

  List<BankEntry> allEntries() {
    return entriesPerStatement.stream().flatMap(List::stream).toList();
  }

  List<Integer> entriesPerAccount() {
    return entriesPerStatement.stream().map(List::size).toList();
  }

  private void expect(State wanted, String event) {
    if (state != wanted) {
      throw new AssertionError(event + " while " + state);
    }
  }
}
