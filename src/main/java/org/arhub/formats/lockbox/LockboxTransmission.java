package org.arhub.formats.lockbox;

import java.io.IOException;
import java.util.Optional;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.lockbox.LockboxLayout.RecordLayout;
import org.arhub.model.BankEntry;
import org.arhub.model.Statement;

/**
 * One pass over a lockbox transmission. It checks the order of the records (BAI lockbox: 1, 2, then
 * per lockbox its batches {@code 5 (6 4*)* 7} and a service total 8, then the trailer 9), each
 * total as its trailer arrives and every duplicate, and, given a sink, streams the canonical parts
 * into it as they complete: a check is emitted when the record after its last overflow arrives.
 */
final class LockboxTransmission {
  private final LockboxLayout layout;
  private final LockboxProblems problems;
  private final BankFileSink sink;
  private final LockboxDuplicates duplicates = new LockboxDuplicates();

  private boolean anyRecord;
  private long counted;
  private LockboxImmediateAddressHeader header;
  private LockboxServiceRecord service;
  private boolean fileStarted;
  private LockboxDeposit lockbox;
  private LockboxBatch batch;
  private LockboxCheck check;
  private boolean inUnreadableBatch;
  private boolean inUnreadableCheck;
  private long trailerLine;

  /**
   * @param sink where the file's parts go, or null to only validate
   */
  LockboxTransmission(LockboxLayout layout, LockboxProblems problems, BankFileSink sink) {
    this.layout = layout;
    this.problems = problems;
    this.sink = sink;
  }

  void run(LockboxRecordSource source) throws IOException {
    while (source.hasNext()) {
      Optional<LockboxLine> line = source.next();
      if (line.isPresent()) {
        record(line.get());
      } else {
        anyRecord = true;
        counted += layout.countsEveryRecord() ? 1 : 0;
      }
    }
    end(source.lastLine());
  }

  private void record(LockboxLine line) {
    if (line.isBlank()) {
      if (trailerLine == 0) {
        problems.report(LockboxProblem.atLine(line.number(), "blank record"));
      }
      return;
    }
    if (trailerLine > 0) {
      problems.report(
          LockboxProblem.atLine(
              line.number(),
              "record after the destination trailer ("
                  + layout.record(LockboxRecordType.DESTINATION_TRAILER).orElseThrow().code()
                  + ") on line "
                  + trailerLine));
      return;
    }
    String code = line.value(layout.recordTypeLocation());
    Optional<RecordLayout> recordLayout =
        layout.recordByCode(layout.syntax() == LockboxLayout.Syntax.CSV ? code.strip() : code);
    boolean first = !anyRecord;
    anyRecord = true;
    if (recordLayout.isEmpty()) {
      counted += layout.countsEveryRecord() ? 1 : 0;
      problems.report(
          LockboxProblem.atLine(
              line.number(),
              "unknown record type '"
                  + code.strip()
                  + "' (layout "
                  + layout.name()
                  + " knows "
                  + layout.knownCodes()
                  + ")"));
      return;
    }
    LockboxRecordType type = recordLayout.get().type();
    counted += layout.countedInTrailer(type) ? 1 : 0;
    LockboxFields fields = new LockboxFields(line, recordLayout.get(), layout, problems);
    if (first != (type == LockboxRecordType.IMMEDIATE_ADDRESS_HEADER)) {
      fields.problem(
          first
              ? "a lockbox transmission starts with an immediate address header (record "
                  + layout.record(LockboxRecordType.IMMEDIATE_ADDRESS_HEADER).orElseThrow().code()
                  + ")"
              : "an immediate address header must be the file's first record");
      return;
    }
    switch (type) {
      case IMMEDIATE_ADDRESS_HEADER ->
          header = LockboxImmediateAddressHeader.read(fields).orElse(null);
      case SERVICE_RECORD -> serviceRecord(fields);
      case DETAIL_HEADER -> detailHeader(fields);
      case DETAIL -> detail(fields);
      case OVERFLOW -> overflow(fields);
      case BATCH_TOTAL -> batchTotal(fields);
      case SERVICE_TOTAL -> serviceTotal(fields);
      case DESTINATION_TRAILER -> destinationTrailer(fields);
    }
  }

  private void serviceRecord(LockboxFields fields) {
    if (lockbox != null) {
      fields.problem(
          "a service record belongs before a lockbox's first detail header, but "
              + lockbox.describe()
              + " has no service total yet");
    } else if (service == null) {
      service = LockboxServiceRecord.read(fields).orElse(null);
    }
  }

  private void detailHeader(LockboxFields fields) {
    closeCheck();
    if (batch != null) {
      fields.problem(batch.describe() + " has no batch total before this detail header");
      lockbox.unreadableBatch();
      batch = null;
    }
    Optional<LockboxDetailHeader> read = LockboxDetailHeader.read(fields);
    inUnreadableBatch = read.isEmpty();
    if (read.isEmpty()) {
      if (lockbox != null) {
        lockbox.unreadableBatch();
      }
      return;
    }
    LockboxDetailHeader opened = read.get();
    if (lockbox != null && !lockbox.lockboxNumber().equals(opened.lockboxNumber())) {
      fields.problem(
          "lockboxNumber",
          "batch "
              + opened.batchNumber()
              + " is for lockbox "
              + opened.lockboxNumber()
              + " but "
              + lockbox.describe()
              + " has no service total yet");
      lockbox = null;
    }
    if (lockbox == null) {
      openLockbox(opened);
    }
    duplicates
        .batch(opened.lockboxNumber(), opened.batchNumber(), opened.line())
        .ifPresent(
            earlier ->
                fields.problem(
                    "batchNumber",
                    "batch "
                        + opened.batchNumber()
                        + " of lockbox "
                        + opened.lockboxNumber()
                        + " appears twice in the file (lines "
                        + earlier
                        + " and "
                        + opened.line()
                        + ")"));
    lockbox.batchOpened();
    batch = new LockboxBatch(opened);
  }

  private void detail(LockboxFields fields) {
    closeCheck();
    if (batch == null) {
      if (!inUnreadableBatch) {
        fields.problem("a detail record belongs in a batch, but no detail header opened one");
      }
      return;
    }
    Optional<LockboxDetail> read = LockboxDetail.read(fields);
    inUnreadableCheck = read.isEmpty();
    if (read.isEmpty()) {
      batch.unreadableCheck();
      return;
    }
    LockboxDetail detail = read.get();
    LockboxDetailHeader open = batch.header();
    if (!detail.batchNumber().equals(open.batchNumber())) {
      fields.problem(
          "batchNumber",
          "check is in batch "
              + detail.batchNumber()
              + " but the open batch is "
              + batch.describe());
    }
    detail
        .lockboxNumber()
        .filter(n -> !n.equals(open.lockboxNumber()))
        .ifPresent(
            n ->
                fields.problem(
                    "lockboxNumber",
                    "check is for lockbox " + n + " but the open batch is " + batch.describe()));
    detail
        .depositDate()
        .filter(d -> !d.equals(open.depositDate()))
        .ifPresent(
            d ->
                fields.problem(
                    "depositDate",
                    "check is deposited "
                        + d
                        + " but "
                        + batch.describe()
                        + " is deposited "
                        + open.depositDate()));
    batch
        .add(detail)
        .ifPresent(
            earlier ->
                fields.problem(
                    "itemNumber",
                    "item "
                        + detail.itemNumber()
                        + " appears twice in batch "
                        + open.batchNumber()
                        + " of lockbox "
                        + open.lockboxNumber()
                        + " (lines "
                        + earlier
                        + " and "
                        + detail.line()
                        + ")"));
    detail
        .checkNumber()
        .ifPresent(
            number ->
                duplicates
                    .check(
                        open.lockboxNumber(),
                        number,
                        detail.amount(),
                        detail.accountNumber().orElse(""),
                        detail.line())
                    .ifPresent(
                        earlier ->
                            fields.problem(
                                "checkNumber",
                                "check "
                                    + number
                                    + " for "
                                    + detail.amount().toPlainString()
                                    + detail
                                        .accountNumber()
                                        .map(a -> " from account " + a)
                                        .orElse("")
                                    + " appears twice in lockbox "
                                    + open.lockboxNumber()
                                    + " (lines "
                                    + earlier
                                    + " and "
                                    + detail.line()
                                    + ")")));
    check = new LockboxCheck(detail, batch);
  }

  private void overflow(LockboxFields fields) {
    if (check == null) {
      if (!inUnreadableCheck && !inUnreadableBatch) {
        fields.problem(
            "an overflow record continues a detail record, but none precedes it"
                + (batch == null ? " (no batch is open)" : " in " + batch.describe()));
      }
      return;
    }
    LockboxOverflow overflow = LockboxOverflow.read(fields).orElseThrow();
    new LockboxOverflowRules(layout, check, fields).check(overflow);
    check.add(overflow);
  }

  private void batchTotal(LockboxFields fields) {
    closeCheck();
    if (batch == null) {
      if (!inUnreadableBatch) {
        fields.problem("a batch total closes a batch, but no batch is open");
      }
      inUnreadableBatch = false;
      return;
    }
    LockboxBatch closing = batch;
    batch = null;
    Optional<LockboxBatchTotal> read = LockboxBatchTotal.read(fields);
    if (read.isEmpty()) {
      lockbox.unreadableBatch();
      return;
    }
    LockboxBatchTotal total = read.get();
    new LockboxTotalRules(fields).batch(total, closing);
    lockbox.batchClosed(total, closing);
  }

  private void serviceTotal(LockboxFields fields) {
    closeCheck();
    if (batch != null) {
      fields.problem(batch.describe() + " has no batch total before this service total");
      lockbox.unreadableBatch();
      batch = null;
    }
    inUnreadableBatch = false;
    if (lockbox == null) {
      fields.problem("a service total closes a lockbox, but no detail header opened one");
      return;
    }
    LockboxDeposit closing = lockbox;
    lockbox = null;
    Optional<LockboxServiceTotal> read = LockboxServiceTotal.read(fields);
    read.ifPresent(total -> new LockboxTotalRules(fields).lockbox(total, closing));
    if (sink != null) {
      sink.endStatement(closing.totals().end());
    }
  }

  private void destinationTrailer(LockboxFields fields) {
    closeCheck();
    if (batch != null) {
      fields.problem(batch.describe() + " has no batch total before the destination trailer");
      batch = null;
    }
    if (lockbox != null) {
      fields.problem(lockbox.describe() + " has no service total before the destination trailer");
      lockbox = null;
    }
    trailerLine = fields.line();
    LockboxDestinationTrailer.read(fields)
        .filter(trailer -> trailer.recordCount() != counted)
        .ifPresent(
            trailer ->
                fields.problem(
                    "recordCount",
                    "the trailer states "
                        + trailer.recordCount()
                        + " records but the file has "
                        + counted
                        + layout.countedInTrailerDescription()));
    startFile();
    if (sink != null) {
      sink.endFile();
    }
  }

  private void end(long lastLine) {
    if (trailerLine > 0) {
      return;
    }
    String reason;
    if (!anyRecord) {
      reason = "empty file: a lockbox transmission starts with an immediate address header";
    } else if (batch != null) {
      reason =
          "the file ends inside "
              + batch.describe()
              + ": no batch total, service total or destination trailer follows";
    } else if (lockbox != null) {
      reason =
          "the file ends inside "
              + lockbox.describe()
              + ": no service total or destination trailer follows";
    } else {
      reason = "the file ends without a destination trailer";
    }
    problems.report(LockboxProblem.atEnd(lastLine, reason));
  }

  private void openLockbox(LockboxDetailHeader first) {
    startFile();
    if (sink == null) {
      lockbox = new LockboxDeposit(first, null);
      return;
    }
    Statement statement = LockboxCanonical.statement(layout, first, header);
    lockbox = new LockboxDeposit(first, statement);
    sink.statement(statement);
  }

  private void startFile() {
    if (!fileStarted && sink != null) {
      sink.file(LockboxCanonical.fileHeader(layout, header, Optional.ofNullable(service)));
    }
    fileStarted = true;
  }

  /**
   * The record after a check's last overflow closes it: the check is complete and goes to the sink.
   */
  private void closeCheck() {
    inUnreadableCheck = false;
    if (check == null) {
      return;
    }
    LockboxOverflowRules.checkEnded(check, problems);
    if (sink != null) {
      BankEntry entry =
          LockboxCanonical.entry(check.batch().header(), check.detail(), check.overflows());
      sink.entry(entry);
      lockbox.totals().add(entry);
    }
    check = null;
  }
}
