package org.arhub.formats.x12;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an outbound interchange through StAEDI's {@link EDIStreamWriter}: the envelope segments
 * (ISA/GS/ST ... SE/GE/IEA with their counts and control numbers) and content segments, validated
 * while written against mappings/x12 (the envelope, and the transaction set's schema). What fails
 * validation is collected in {@link #problems()}, each problem with its segment.
 */
final class X12EnvelopeWriter {
  private final X12Envelope envelope;
  private final String isaVersion;
  private final char repetition;
  private final EDIStreamWriter writer;
  private final List<String> problems = new ArrayList<>();
  private int segmentNumber;
  private String tag = "";
  private int groups;
  private int sets;
  private int setSegments;
  private String setControlNumber;

  X12EnvelopeWriter(OutputStream out, X12Envelope envelope, String isaVersion, X12Schemas schemas) {
    this.envelope = envelope;
    this.isaVersion = isaVersion;
    X12Delimiters d = envelope.delimiters();
    this.repetition = repetitionSeparator(isaVersion, d);
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(Delimiters.SEGMENT, d.segment());
    factory.setProperty(Delimiters.DATA_ELEMENT, d.element());
    factory.setProperty(Delimiters.COMPONENT_ELEMENT, d.component());
    if (repetition != X12Delimiters.NONE) {
      factory.setProperty(Delimiters.REPETITION, repetition);
    }
    factory.setErrorReporter(this::report);
    try {
      this.writer = factory.createEDIStreamWriter(out, "UTF-8");
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI cannot write UTF-8", e);
    }
    writer.setControlSchema(schemas.envelope());
  }

  /**
   * Version 00402 and later need a repetition separator in ISA11: the envelope's, else the first of
   * ^ { } that is not already a separator (an 004010 partner's delimiters have none).
   */
  private static char repetitionSeparator(String isaVersion, X12Delimiters d) {
    if (isaVersion.compareTo("00402") < 0) {
      return X12Delimiters.NONE;
    }
    if (d.hasRepetition()) {
      return d.repetition();
    }
    for (char c : new char[] {'^', '{', '}'}) {
      if (c != d.element() && c != d.component() && c != d.segment()) {
        return c;
      }
    }
    throw new IllegalArgumentException("no repetition separator for " + d.describe());
  }

  X12Delimiters delimiters() {
    return envelope.delimiters();
  }

  List<String> problems() {
    return problems;
  }

  void isa() throws EDIStreamException {
    writer.startInterchange();
    String isa11 = repetition != X12Delimiters.NONE ? String.valueOf(repetition) : "U";
    segment(
        "ISA",
        "00",
        pad("", 10),
        "00",
        pad("", 10),
        envelope.senderQualifier(),
        pad(envelope.senderId(), 15),
        envelope.receiverQualifier(),
        pad(envelope.receiverId(), 15),
        X12Dates.yymmdd(envelope.created().toLocalDate()),
        X12Dates.hhmm(envelope.created().toLocalTime()),
        isa11,
        isaVersion,
        String.format("%09d", envelope.interchangeControlNumber()),
        "0",
        envelope.test() ? "T" : "P",
        String.valueOf(envelope.delimiters().component()));
  }

  void gs(String functionalId, String version) throws EDIStreamException {
    groups++;
    sets = 0;
    segment(
        "GS",
        functionalId,
        envelope.groupSenderId(),
        envelope.groupReceiverId(),
        X12Dates.ccyymmdd(envelope.created().toLocalDate()),
        X12Dates.hhmm(envelope.created().toLocalTime()),
        Long.toString(envelope.groupControlNumber()),
        "X",
        version);
  }

  void st(String type, String implementationReference, Optional<Schema> schema)
      throws EDIStreamException {
    sets++;
    setControlNumber = String.format("%04d", sets);
    setSegments = 0;
    if (implementationReference == null) {
      segment("ST", type, setControlNumber);
    } else {
      segment("ST", type, setControlNumber, implementationReference);
    }
    schema.ifPresent(writer::setTransactionSchema);
  }

  void se() throws EDIStreamException {
    segment("SE", Integer.toString(setSegments + 1), setControlNumber);
  }

  void ge() throws EDIStreamException {
    segment("GE", Integer.toString(sets), Long.toString(envelope.groupControlNumber()));
  }

  void iea() throws EDIStreamException {
    segment(
        "IEA",
        Integer.toString(groups),
        String.format("%09d", envelope.interchangeControlNumber()));
    writer.endInterchange();
    writer.flush();
  }

  /**
   * One segment. An element is a String ("" or null: empty) or a String[] of components; empty
   * elements at the end are left out.
   */
  void segment(String segmentTag, Object... elements) throws EDIStreamException {
    segmentNumber++;
    setSegments++;
    tag = segmentTag;
    writer.writeStartSegment(segmentTag);
    int last = elements.length;
    while (last > 0 && empty(elements[last - 1])) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      Object e = elements[i];
      if (e instanceof String[] components) {
        writer.writeStartElement();
        for (String c : components) {
          writer.writeComponent(c == null || holdsSeparator(segmentTag, i + 1, c) ? "" : c);
        }
        writer.endElement();
      } else if (empty(e) || holdsSeparator(segmentTag, i + 1, (String) e)) {
        writer.writeEmptyElement();
      } else {
        writer.writeElement((String) e);
      }
    }
    writer.writeEndSegment();
  }

  /**
   * X12 has no escape: a value holding one of the interchange's separators cannot be sent
   * (ISA11/ISA16 are the separators).
   */
  private boolean holdsSeparator(String segmentTag, int position, String value) {
    if (segmentTag.equals("ISA") && (position == 11 || position == 16)) {
      return false;
    }
    X12Delimiters d = envelope.delimiters();
    for (char c : new char[] {d.element(), d.component(), d.segment(), repetition}) {
      if (c != X12Delimiters.NONE && value.indexOf(c) >= 0) {
        problems.add(
            String.format(
                "segment %d (%s): %s%02d '%s' holds the separator %s, which X12 cannot escape",
                segmentNumber, segmentTag, segmentTag, position, value, X12Delimiters.show(c)));
        return true;
      }
    }
    return false;
  }

  private static boolean empty(Object e) {
    return e == null
        || (e instanceof String s && s.isEmpty())
        || (e instanceof String[] a && a.length == 0);
  }

  private void report(
      EDIStreamValidationError error,
      EDIStreamWriter w,
      Location at,
      CharSequence data,
      EDIReference reference) {
    String segment = at.getSegmentTag() != null ? at.getSegmentTag() : tag;
    if (segment.equals("ISA") && (at.getElementPosition() == 11 || at.getElementPosition() == 16)) {
      // ISA11 and ISA16 are separators, not data: control characters are fine there
      return;
    }
    String what =
        X12ElementSyntaxError.of(error)
            .map(X12ElementSyntaxError::description)
            .or(() -> X12SegmentSyntaxError.of(error).map(X12SegmentSyntaxError::description))
            .orElse(error.name())
            .toLowerCase(Locale.ROOT);
    String element =
        at.getElementPosition() > 0
            ? String.format("%s%02d: ", segment, at.getElementPosition())
            : "";
    String value = data != null && data.length() > 0 ? " ('" + data + "')" : "";
    String missing =
        reference != null && X12SegmentSyntaxError.of(error).isPresent()
            ? " " + reference.getReferencedType().getCode()
            : "";
    problems.add(
        "segment " + segmentNumber + " (" + segment + "): " + element + what + missing + value);
  }

  private static String pad(String value, int width) {
    return String.format("%-" + width + "s", value);
  }
}
