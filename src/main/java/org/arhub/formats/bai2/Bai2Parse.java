package org.arhub.formats.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.arhub.formats.BankFileSink;
import org.arhub.model.BankEntry;
import org.arhub.model.Money;
import org.arhub.model.Statement;
import org.arhub.model.StatementTotals;

/**
 * One pass over one BAI2 file: logical records in the order the spec nests them (01, then groups of
 * 02, accounts of 03 with their 16s and 49, 98; then 99), control totals, and the canonical parts
 * for the sink as they are read. Problems are collected and the pass goes on, so one pass names
 * them all; a record out of place is reported and the structure repaired as the file most likely
 * meant (a missing trailer closes its envelope). Unless {@code emitDespiteProblems}, the sink hears
 * nothing more after the first problem.
 */
final class Bai2Parse {
  private enum Level {
    START,
    FILE,
    GROUP,
    ACCOUNT,
    END
  }

  private final Bai2TypeCodes codes;
  private final BankFileSink sink;
  private final boolean emitDespiteProblems;
  private final Bai2Problems problems = new Bai2Problems();
  private final Bai2LogicalRecord record = new Bai2LogicalRecord();
  private final Bai2Fields fields = new Bai2Fields(problems);
  private final Bai2ControlTotals totals = new Bai2ControlTotals(problems);

  private Level level = Level.START;
  private boolean fileSent;
  private Bai2GroupHeader group;
  private int groupLine;
  private Optional<LocalDate> bookingDate = Optional.empty();
  private String accountNumber;
  private int accountLine;
  private int scale;
  private Statement statement;
  private StatementTotals statementTotals;
  private int ordinal;

  /** How often each as-of date and account came so far: a repeat gets its own statement id. */
  private final java.util.Map<String, Integer> accountsSeen = new java.util.HashMap<>();

  /** {@code sink} may be null: then nothing is mapped, only checked. */
  Bai2Parse(Bai2TypeCodes codes, BankFileSink sink, boolean emitDespiteProblems) {
    this.codes = codes;
    this.sink = sink;
    this.emitDespiteProblems = emitDespiteProblems;
  }

  Bai2Report run(InputStream in) throws IOException {
    Bai2LineReader lines = new Bai2LineReader(in);
    Bai2RecordSplitter splitter = new Bai2RecordSplitter(lines, problems);
    boolean stoppedEarly = false;
    while (splitter.next(record)) {
      totals.seen(record.physicalRecords());
      if (level == Level.START && !record.code().equals("01")) {
        notBai2();
        stoppedEarly = true;
        break;
      }
      if (level == Level.END) {
        problems.add(
            record.position(), "record after the 99 file trailer: the file should end there");
        stoppedEarly = true;
        break;
      }
      dispatch();
      if (problems.full()) {
        stoppedEarly = true;
        break;
      }
    }
    if (!stoppedEarly && !splitter.halted()) {
      endOfFile(lines);
    }
    if (fileSent && sending()) {
      sink.endFile();
    }
    return totals.report();
  }

  private void dispatch() {
    switch (record.code()) {
      case "01" -> {
        if (level == Level.START) {
          fileHeader();
        } else {
          problems.add(record.position(), "second 01 file header: a file has one, at its start");
        }
      }
      case "02" -> groupHeader();
      case "03" -> accountIdentifier();
      case "16" -> transactionDetail();
      case "49" -> accountTrailer();
      case "98" -> groupTrailer();
      case "99" -> fileTrailer();
      default -> {
        problems.add(
            record.position(),
            "unknown record code "
                + record.code()
                + " (BAI2 records are 01, 02, 03, 16, 49, 88, 98 and 99)");
        stray();
      }
    }
  }

  private void notBai2() {
    if (problems.any()) {
      return;
    }
    String code = record.code();
    if (code.equals("01")
        || code.equals("02")
        || code.equals("03")
        || code.equals("16")
        || code.equals("49")
        || code.equals("88")
        || code.equals("98")
        || code.equals("99")) {
      problems.add(
          record.position(),
          "first record is "
              + Bai2LogicalRecord.name(code)
              + "; a BAI2 file starts with an 01 file header");
    } else {
      problems.add(
          record.position(),
          "unknown record code " + code + " (a BAI2 file starts with an 01 file header)");
    }
  }

  private void fileHeader() {
    Bai2FileHeader header = Bai2FileHeader.read(fields.of(record));
    totals.fileHeader(record.physicalRecords());
    level = Level.FILE;
    if (sending()) {
      sink.file(Bai2CanonicalMapping.fileHeader(header));
      fileSent = true;
    }
  }

  private void groupHeader() {
    closeOpenGroup("02 group header");
    group = Bai2GroupHeader.read(fields.of(record));
    groupLine = record.line();
    bookingDate = Optional.ofNullable(group.asOfDate());
    totals.groupHeader(record.physicalRecords());
    level = Level.GROUP;
  }

  private void accountIdentifier() {
    if (level == Level.ACCOUNT) {
      problems.add(record.position(), beforeAccountTrailer("03 account identifier"));
      closeAccountWithoutTrailer();
    } else if (level == Level.FILE) {
      problems.add(
          record.position(),
          "03 account identifier outside a group: expected 02 group header or 99 file trailer");
      group = null;
      groupLine = record.line();
      bookingDate = Optional.empty();
      totals.groupHeader(0);
    }
    Bai2AccountIdentifier account = Bai2AccountIdentifier.read(fields.of(record), codes);
    totals.accountIdentifier(record.physicalRecords(), account);
    level = Level.ACCOUNT;
    accountNumber = account.accountNumber();
    accountLine = record.line();
    ordinal = 0;
    String currency = Bai2Currency.effective(account.currency(), group);
    scale = Money.scale(currency);
    statement = Bai2CanonicalMapping.statement(group, account, currency, scale, accountsSeen);
    statementTotals = new StatementTotals(statement);
    if (fileSent && sending()) {
      sink.statement(statement);
    }
  }

  private void transactionDetail() {
    if (level != Level.ACCOUNT) {
      outOfOrder();
      return;
    }
    Bai2TransactionDetail detail = Bai2TransactionDetail.read(fields.of(record), codes);
    totals.transactionDetail(record.physicalRecords(), detail.amount());
    ordinal++;
    if (sink == null) {
      return;
    }
    Optional<BankEntry> entry =
        Bai2CanonicalMapping.entry(detail, statement.statementId(), ordinal, bookingDate, scale);
    if (entry.isPresent()) {
      statementTotals.add(entry.get());
      if (fileSent && sending()) {
        sink.entry(entry.get());
      }
    }
  }

  private void accountTrailer() {
    if (level != Level.ACCOUNT) {
      outOfOrder();
      return;
    }
    totals.accountTrailer(record, Bai2AccountTrailer.read(fields.of(record)), accountNumber);
    endStatement();
    level = Level.GROUP;
  }

  private void groupTrailer() {
    if (level == Level.ACCOUNT) {
      problems.add(record.position(), beforeAccountTrailer("98 group trailer"));
      closeAccountWithoutTrailer();
    } else if (level != Level.GROUP) {
      outOfOrder();
      return;
    }
    totals.groupTrailer(record, Bai2GroupTrailer.read(fields.of(record)), originator());
    level = Level.FILE;
  }

  private void fileTrailer() {
    closeOpenGroup("99 file trailer");
    totals.fileTrailer(record, Bai2FileTrailer.read(fields.of(record)));
    level = Level.END;
  }

  private void outOfOrder() {
    String expected =
        switch (level) {
          case FILE -> "02 group header or 99 file trailer";
          case GROUP -> "03 account identifier or 98 group trailer";
          default -> "16 transaction detail or 49 account trailer";
        };
    problems.add(
        record.position(),
        Bai2LogicalRecord.name(record.code()) + " out of order: expected " + expected);
    stray();
  }

  private void stray() {
    switch (level) {
      case ACCOUNT -> totals.strayInAccount(record.physicalRecords());
      case GROUP -> totals.strayInGroup(record.physicalRecords());
      default -> totals.strayInFile(record.physicalRecords());
    }
  }

  private void endOfFile(Bai2LineReader lines) {
    String position = "end of file after line " + lines.lineNumber();
    switch (level) {
      case START -> {
        if (!problems.any()) {
          problems.add(
              "start of file",
              lines.empty()
                  ? "empty file (0 bytes): a BAI2 file starts with an 01 file header"
                  : "no BAI2 records: a BAI2 file starts with an 01 file header");
        }
      }
      case FILE -> problems.add(position, "file ends without its 99 file trailer");
      case GROUP -> {
        problems.add(
            position,
            "file ends inside the group at line "
                + groupLine
                + ": missing 98 group trailer and 99 file trailer");
        closeGroupWithoutTrailer();
      }
      case ACCOUNT -> {
        problems.add(
            position,
            "file ends inside account "
                + accountNumber
                + " (03 at line "
                + accountLine
                + "): missing 49 account trailer, 98 group trailer and 99 file trailer");
        closeAccountWithoutTrailer();
        closeGroupWithoutTrailer();
      }
      case END -> {}
    }
  }

  /** A record that only comes between groups (02, 99) ends the group, and account, still open. */
  private void closeOpenGroup(String recordName) {
    if (level == Level.ACCOUNT) {
      problems.add(
          record.position(),
          beforeAccountTrailer(recordName) + " and the 98 group trailer of its group");
      closeAccountWithoutTrailer();
      closeGroupWithoutTrailer();
    } else if (level == Level.GROUP) {
      problems.add(
          record.position(),
          recordName + " before the 98 group trailer of the group at line " + groupLine);
      closeGroupWithoutTrailer();
    }
  }

  private String beforeAccountTrailer(String recordName) {
    return recordName
        + " before the 49 account trailer of account "
        + accountNumber
        + " (03 at line "
        + accountLine
        + ")";
  }

  private void closeAccountWithoutTrailer() {
    totals.accountWithoutTrailer();
    endStatement();
    level = Level.GROUP;
  }

  private void closeGroupWithoutTrailer() {
    totals.groupWithoutTrailer();
    level = Level.FILE;
  }

  private void endStatement() {
    if (sink != null && fileSent && sending()) {
      sink.endStatement(statementTotals.end());
    }
  }

  private String originator() {
    return group == null || group.originator().isEmpty() ? "(none)" : group.originator();
  }

  private boolean sending() {
    return sink != null && (emitDespiteProblems || !problems.any());
  }
}
