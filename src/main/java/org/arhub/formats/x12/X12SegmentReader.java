package org.arhub.formats.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.arhub.formats.InvalidFileException;

/**
 * StAEDI's event stream turned into segments, one at a time: each with its elements and the syntax
 * errors StAEDI's validation found (envelope structure from mappings/x12/envelope.xml; content from
 * the transaction set's schema, chosen when its ST has been read). A file StAEDI cannot tokenize
 * fails with the segment number where it stopped.
 */
final class X12SegmentReader implements Closeable {
  private static final EDIInputFactory FACTORY = factory();

  private final String fileName;
  private final X12Input input;
  private final EDIStreamReader reader;
  private final BiFunction<String, String, Optional<Schema>> transactionSchemas;
  private final Deque<String> loops = new ArrayDeque<>();
  private X12InterchangeHeader interchange;
  private String groupVersion = "";
  private int number;

  private boolean inSegment;
  private Optional<X12SegmentSyntaxError> ownError = Optional.empty();
  private final List<X12SegmentError> missing = new ArrayList<>();
  private final List<X12ElementError> elementErrors = new ArrayList<>();
  private String loopAtStart;

  /**
   * @param transactionSchemas the schema for a transaction set type (ST01) in a group version
   *     (GS08)
   */
  X12SegmentReader(
      String fileName,
      InputStream in,
      X12Schemas schemas,
      BiFunction<String, String, Optional<Schema>> transactionSchemas) {
    this.fileName = fileName;
    this.input = new X12Input(in);
    this.transactionSchemas = transactionSchemas;
    try {
      this.reader = FACTORY.createEDIStreamReader(input, "UTF-8", schemas.envelope());
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI cannot read UTF-8", e);
    }
  }

  private static EDIInputFactory factory() {
    EDIInputFactory factory = EDIInputFactory.newFactory();
    // The envelope schema is ours (envelope.xml); StAEDI's version-specific one would reject
    // the ISA versions partners really send (00040, 00101, ...).
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
    return factory;
  }

  /** The ISA of the interchange being read. */
  X12InterchangeHeader interchange() {
    return interchange;
  }

  /** Reads the next segment into {@code segment}; false at the end of the file. */
  boolean next(X12Segment segment) throws InvalidFileException {
    try {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_SEGMENT -> startSegment(segment, reader.getText());
          case ELEMENT_DATA -> element(segment);
          case END_SEGMENT -> {
            endSegment(segment);
            return true;
          }
          case START_TRANSACTION -> loops.clear();
          case START_LOOP -> loops.push(reader.getReferenceCode());
          case END_LOOP -> loops.poll();
          case SEGMENT_ERROR -> segmentError(reader.getErrorType(), reader.getReferenceCode());
          case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError();
          default -> {
            // interchange/group/transaction boundaries are read from the segments themselves
          }
        }
      }
      return false;
    } catch (EDIStreamException | IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  private void startSegment(X12Segment segment, String tag) throws X12EnvelopeException {
    number++;
    inSegment = true;
    loopAtStart = loops.peek();
    segment.start(tag, number);
    if (tag.equals("ISA")) {
      interchange =
          input
              .takeHeader()
              .orElseThrow(
                  () ->
                      new X12EnvelopeException(
                          "segment " + number + " (ISA)", "not a fixed-width ISA"));
    }
  }

  private void element(X12Segment segment) {
    Location at = reader.getLocation();
    segment.add(
        at.getElementPosition(),
        at.getComponentPosition(),
        at.getElementOccurrence(),
        reader.getText(),
        delimiters());
  }

  private void endSegment(X12Segment segment) {
    for (X12SegmentError m : missing) {
      segment.error(m);
    }
    if (ownError.isPresent() || !elementErrors.isEmpty()) {
      segment.error(
          new X12SegmentError(segment.tag(), number, loopId(loopAtStart), ownError, elementErrors));
    }
    missing.clear();
    elementErrors.clear();
    ownError = Optional.empty();
    inSegment = false;
    switch (segment.tag()) {
      case "GS" -> groupVersion = segment.element(8);
      case "ST" -> chooseTransactionSchema(segment.element(1));
      default -> {
        // only GS and ST decide the schema
      }
    }
  }

  private void chooseTransactionSchema(String type) {
    Optional<Schema> schema = transactionSchemas.apply(type, groupVersion);
    try {
      reader.setTransactionSchema(schema.orElse(null));
    } catch (IllegalStateException notInGroup) {
      // an ST outside a functional group: the envelope check rejects it
    }
  }

  private void segmentError(EDIStreamValidationError type, String reference) {
    Optional<X12SegmentSyntaxError> error = X12SegmentSyntaxError.of(type);
    if (error.isEmpty()) {
      return;
    }
    int at = inSegment ? number : number + 1;
    X12SegmentError candidate =
        new X12SegmentError(
            reference == null ? "" : reference, at, loopId(loops.peek()), error, List.of());
    if (candidate.missing() && reference != null) {
      missing.add(candidate);
    } else if (ownError.isEmpty()) {
      ownError = error;
    }
  }

  private void elementError() {
    Optional<X12ElementSyntaxError> error = X12ElementSyntaxError.of(reader.getErrorType());
    if (error.isEmpty()) {
      return;
    }
    Location at = reader.getLocation();
    String text = reader.hasText() ? reader.getText() : "";
    String reference = reader.getReferenceCode();
    Optional<String> referenceNumber =
        reference != null && reference.matches("E\\d+")
            ? Optional.of(reference.substring(1))
            : Optional.empty();
    elementErrors.add(
        new X12ElementError(
            Math.max(at.getElementPosition(), 1),
            Math.max(at.getComponentPosition(), 0),
            Math.max(at.getElementOccurrence(), 0),
            referenceNumber,
            error.get(),
            text.isEmpty() ? Optional.empty() : Optional.of(text)));
  }

  /** "LADX_2" is the X12 loop "ADX" nested a second time. */
  private static Optional<String> loopId(String code) {
    if (code == null || !code.startsWith("L")) {
      return Optional.empty();
    }
    int nested = code.indexOf('_');
    return Optional.of(code.substring(1, nested < 0 ? code.length() : nested));
  }

  private X12Delimiters delimiters() {
    return interchange != null ? interchange.delimiters() : X12Delimiters.STANDARD;
  }

  private InvalidFileException failure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof X12EnvelopeException envelope) {
        return envelope
            .header()
            .<InvalidFileException>map(
                h ->
                    new X12InterchangeRejectedException(
                        fileName, envelope.position(), envelope.reason(), h))
            .orElseGet(
                () -> new InvalidFileException(fileName, envelope.position(), envelope.reason()));
      }
    }
    String where = "segment " + (inSegment ? number : number + 1);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.startsWith("EDIE005") && interchange != null) {
      // StAEDI's "unexpected end of stream": the input stopped inside an interchange
      return new InvalidFileException(
          fileName,
          where,
          "the file ends inside interchange "
              + interchange.controlNumber()
              + " (ISA at segment "
              + interchange.segmentNumber()
              + "): no IEA, the file is truncated");
    }
    return new InvalidFileException(fileName, where, "not readable as X12 (" + message + ")");
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      input.close();
    }
  }
}
