package org.arhub.formats.x12;

import io.xlate.edi.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.arhub.formats.InvalidFileException;

/**
 * Walks the envelopes of an X12 file (X12.5 interchange ISA/IEA, X12.6 functional group GS/GE and
 * transaction set ST/SE), checks them, and hands each transaction set's segments to the content
 * reader for its type. Problems are kept where they belong: a bad SE rejects its transaction set, a
 * bad GE is an error of its group, a bad IEA a note of its interchange; the file goes on. Only what
 * makes the file unreadable fails it: no ISA, a broken ISA, an interchange without IEA
 * (truncation). Each interchange's receipt goes to {@code receipts} at its IEA.
 */
final class X12EnvelopeReader {
  private final String fileName;
  private final X12Content content;
  private final Consumer<X12InterchangeReceipt> receipts;

  private X12InterchangeHeader isa;
  private List<X12GroupReceipt> groups;
  private List<X12InterchangeNote> notes;
  private List<String> interchangeReasons;

  private X12GroupHeader gs;
  private List<X12TransactionSetReceipt> sets;
  private List<X12GroupError> groupErrors;
  private List<String> groupReasons;
  private Set<String> setControlNumbers;
  private int setCount;

  private X12TransactionSetHeader st;
  private X12SetProblems problems;
  private X12TransactionSetReader set;
  private boolean orphanSet;
  private int setSegments;

  /**
   * After an SE was missing StAEDI's validation is out of step until the next SE: its syntax errors
   * are not reported then.
   */
  private boolean syntaxOutOfStep;

  X12EnvelopeReader(String fileName, X12Content content, Consumer<X12InterchangeReceipt> receipts) {
    this.fileName = fileName;
    this.content = content;
    this.receipts = receipts;
  }

  /** Reads with every transaction set validated against its schema in mappings/x12. */
  void read(InputStream in, X12Schemas schemas) throws InvalidFileException, IOException {
    read(in, schemas, true);
  }

  /**
   * @param validateContent whether transaction sets are validated against their schemas (syntax
   *     errors for the acknowledgments) or only their envelopes and the content the reader uses
   */
  void read(InputStream in, X12Schemas schemas, boolean validateContent)
      throws InvalidFileException, IOException {
    X12Segment segment = new X12Segment();
    BiFunction<String, String, Optional<Schema>> transactionSchemas =
        validateContent ? schemas::transaction : (type, version) -> Optional.empty();
    try (X12SegmentReader reader =
        new X12SegmentReader(fileName, in, schemas, transactionSchemas)) {
      try {
        while (reader.next(segment)) {
          if (st != null && inSet(segment)) {
            continue;
          }
          envelope(segment, reader);
        }
      } catch (X12InterchangeRejectedException e) {
        receipts.accept(e.receipt());
        throw e;
      }
      if (isa != null) {
        String where = "segment " + (segment.number() + 1);
        throw new InvalidFileException(
            fileName,
            where,
            "the file ends inside interchange "
                + isa.controlNumber()
                + " (ISA at segment "
                + isa.segmentNumber()
                + "): no IEA, the file is truncated");
      }
    }
  }

  /** A segment while a transaction set is open; false when it is an envelope segment to handle. */
  private boolean inSet(X12Segment segment) {
    String tag = segment.tag();
    if (tag.equals("ST")
        || tag.equals("GE")
        || tag.equals("IEA")
        || tag.equals("GS")
        || tag.equals("ISA")) {
      problems.reject(
          segment,
          X12SetError.TRAILER_MISSING,
          "transaction set "
              + st.controlNumber()
              + " (ST at segment "
              + st.segmentNumber()
              + ") has no SE before this "
              + tag);
      closeSet();
      syntaxOutOfStep = true;
      return false;
    }
    syntax(segment);
    if (tag.equals("SE")) {
      setSegments++;
      endSet(segment);
      syntaxOutOfStep = false;
      return true;
    }
    setSegments++;
    if (set != null) {
      set.segment(segment, problems);
    }
    return true;
  }

  private void envelope(X12Segment segment, X12SegmentReader reader) throws InvalidFileException {
    if (isa == null && !segment.tag().equals("ISA")) {
      throw new InvalidFileException(
          fileName, segment.where(), "segment outside an interchange (no ISA before it)");
    }
    switch (segment.tag()) {
      case "ISA" -> startInterchange(segment, reader.interchange());
      case "IEA" -> endInterchange(segment);
      case "GS" -> startGroup(segment);
      case "GE" -> endGroup(segment);
      case "ST" -> startSet(segment);
      case "TA1" -> content.interchangeSegment(segment, isa);
      default -> outsideSet(segment);
    }
  }

  private void startInterchange(X12Segment segment, X12InterchangeHeader header)
      throws InvalidFileException {
    if (isa != null) {
      throw new InvalidFileException(
          fileName,
          segment.where(),
          "interchange "
              + isa.controlNumber()
              + " (ISA at segment "
              + isa.segmentNumber()
              + ") has no IEA before the next ISA");
    }
    isa = header;
    groups = new ArrayList<>();
    notes = new ArrayList<>(header.notes());
    interchangeReasons = new ArrayList<>();
    content.interchange(header);
  }

  private void endInterchange(X12Segment iea) {
    if (gs != null) {
      groupErrors.add(X12GroupError.TRAILER_MISSING);
      groupReasons.add(
          iea.where()
              + ": group "
              + gs.controlNumber()
              + " (GS at segment "
              + gs.segmentNumber()
              + ") has no GE before the IEA");
      closeGroup();
    }
    for (X12InterchangeTrailer.Problem p : X12InterchangeTrailer.check(isa, iea, groups.size())) {
      notes.add(p.note());
      interchangeReasons.add(p.reason());
    }
    receipts.accept(new X12InterchangeReceipt(isa, groups, notes, interchangeReasons, false));
    isa = null;
  }

  private void startGroup(X12Segment segment) {
    if (gs != null) {
      groupErrors.add(X12GroupError.TRAILER_MISSING);
      groupReasons.add(
          segment.where()
              + ": group "
              + gs.controlNumber()
              + " (GS at segment "
              + gs.segmentNumber()
              + ") has no GE before the next GS");
      closeGroup();
    }
    gs = X12GroupHeader.read(segment);
    sets = new ArrayList<>();
    groupErrors = new ArrayList<>();
    groupReasons = new ArrayList<>();
    setControlNumbers = new HashSet<>();
    setCount = 0;
    for (X12GroupHeader.Problem p : gs.problems(segment.where())) {
      groupErrors.add(p.error());
      groupReasons.add(p.reason());
    }
    content.group(isa, gs);
  }

  private void endGroup(X12Segment ge) {
    if (gs == null) {
      interchangeProblem(
          X12InterchangeNote.INVALID_CONTROL_STRUCTURE, ge.where() + ": GE without a GS");
      return;
    }
    for (X12GroupHeader.Problem p : X12GroupTrailer.check(gs, ge, setCount)) {
      groupErrors.add(p.error());
      groupReasons.add(p.reason());
    }
    closeGroup((int) Math.min(Integer.MAX_VALUE, X12ControlNumbers.count(ge.element(1))));
  }

  private void closeGroup() {
    closeGroup(-1);
  }

  private void closeGroup(int declaredSets) {
    groups.add(
        new X12GroupReceipt(
            gs.functionalId(),
            gs.senderId(),
            gs.receiverId(),
            gs.controlNumber(),
            gs.version(),
            gs.segmentNumber(),
            declaredSets,
            sets,
            groupErrors,
            groupReasons));
    gs = null;
  }

  private void startSet(X12Segment segment) {
    st = X12TransactionSetHeader.read(segment);
    problems = new X12SetProblems(st);
    setSegments = 1;
    orphanSet = gs == null;
    set = null;
    syntax(segment);
    if (orphanSet) {
      problems.reject(
          segment,
          X12SetError.SEGMENTS_IN_ERROR,
          "transaction set outside a functional group (no GS before it)");
      interchangeProblem(
          X12InterchangeNote.INVALID_CONTENT,
          segment.where() + ": transaction set outside a functional group (no GS before it)");
      return;
    }
    setCount++;
    if (st.type().isEmpty()) {
      problems.reject(
          segment, X12SetError.INVALID_IDENTIFIER, "ST01 transaction set identifier is missing");
    }
    if (st.controlNumber().isEmpty()) {
      problems.reject(
          segment,
          X12SetError.INVALID_CONTROL_NUMBER,
          "ST02 transaction set control number is missing");
    } else if (!setControlNumbers.add(st.controlNumber())) {
      problems.note(
          segment,
          X12SetError.CONTROL_NUMBER_NOT_UNIQUE,
          "ST02 '" + st.controlNumber() + "' is used twice in group " + gs.controlNumber());
    }
    Optional<X12TransactionSetReader> reader = content.transactionSet(st, gs);
    if (reader.isEmpty() && !st.type().isEmpty()) {
      problems.reject(
          segment,
          X12SetError.NOT_SUPPORTED,
          "transaction set "
              + st.type()
              + " is not read here (this reader reads "
              + content.reads()
              + ")");
    }
    set = reader.orElse(null);
  }

  private void syntax(X12Segment segment) {
    if (!syntaxOutOfStep) {
      for (X12SegmentError error : segment.errors()) {
        problems.syntax(error);
      }
    }
  }

  private void endSet(X12Segment se) {
    X12TransactionSetTrailer.check(st, se, setSegments, problems);
    if (!problems.rejected() && set != null) {
      set.end(se, problems);
    }
    if (!problems.rejected() && set != null) {
      set.accept();
    }
    closeSet();
  }

  private void closeSet() {
    if (!orphanSet) {
      sets.add(problems.receipt());
    }
    st = null;
    set = null;
    problems = null;
  }

  private void outsideSet(X12Segment segment) {
    String reason = segment.where() + ": segment outside a transaction set";
    if (gs != null) {
      groupReasons.add(reason);
    } else {
      interchangeProblem(X12InterchangeNote.INVALID_CONTENT, reason);
    }
  }

  private void interchangeProblem(X12InterchangeNote note, String reason) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
    interchangeReasons.add(reason);
  }
}
