package org.arhub.formats.x12;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the acknowledgments of a received interchange ({@link X12InterchangeReceipt}, from an
 * {@link AcknowledgmentCollector}): a TA1 when the interchange envelope is in error or the sender
 * asked for one (ISA14 = 1), then one functional group (GS01 FA) with a 997 (004010) or a 999
 * (005010X231A1) for every functional group received. Each acknowledgment is validated against
 * mappings/x12/997.xml or 999.xml before it is returned.
 */
public final class X12AcknowledgmentWriter {
  private final X12Schemas schemas;

  public X12AcknowledgmentWriter() {
    this(X12Schemas.standard());
  }

  public X12AcknowledgmentWriter(X12Schemas schemas) {
    this.schemas = schemas;
  }

  /** Which acknowledgment answers a functional group. */
  public enum Kind {
    /** 997 Functional Acknowledgment, 004010. */
    FUNCTIONAL_997("997", "004010", "00401"),
    /** 999 Implementation Acknowledgment, 005010X231A1. */
    IMPLEMENTATION_999("999", "005010X231A1", "00501");

    private final String type;
    private final String version;
    private final String isaVersion;

    Kind(String type, String version, String isaVersion) {
      this.type = type;
      this.version = version;
      this.isaVersion = isaVersion;
    }

    /** 999 for groups of version 005010 and later, 997 before. */
    public static Kind forReceived(X12InterchangeReceipt received) {
      return received.groups().stream().anyMatch(X12GroupReceipt::implementationVersion)
          ? IMPLEMENTATION_999
          : FUNCTIONAL_997;
    }
  }

  /** The acknowledgment interchange of {@link Kind#forReceived} kind. */
  public byte[] write(X12InterchangeReceipt received, X12Envelope envelope)
      throws X12ValidationException {
    return write(received, Kind.forReceived(received), envelope);
  }

  public byte[] write(X12InterchangeReceipt received, Kind kind, X12Envelope envelope)
      throws X12ValidationException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(received, kind, envelope, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  public void write(
      X12InterchangeReceipt received, Kind kind, X12Envelope envelope, OutputStream out)
      throws X12ValidationException, IOException {
    X12EnvelopeWriter w = new X12EnvelopeWriter(out, envelope, kind.isaVersion, schemas);
    try {
      w.isa();
      if (received.needsTa1()) {
        ta1(w, received);
      }
      if (!received.groups().isEmpty()) {
        w.gs("FA", kind.version);
        for (X12GroupReceipt group : received.groups()) {
          acknowledge(w, kind, group);
        }
        w.ge();
      }
      w.iea();
    } catch (EDIStreamException e) {
      throw new X12ValidationException(
          "acknowledgment of interchange " + received.interchangeId() + " not written",
          List.of(e.getMessage()));
    }
    if (!w.problems().isEmpty()) {
      throw new X12ValidationException(
          "acknowledgment of interchange " + received.interchangeId() + " fails its schema",
          w.problems());
    }
  }

  /** Only a TA1 (no functional groups), e.g. for an interchange that was rejected as a whole. */
  public byte[] writeTa1(X12InterchangeReceipt received, X12Envelope envelope)
      throws X12ValidationException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    X12EnvelopeWriter w =
        new X12EnvelopeWriter(
            out,
            envelope,
            received.header().version().compareTo("00501") >= 0 ? "00501" : "00401",
            schemas);
    try {
      w.isa();
      ta1(w, received);
      w.iea();
    } catch (EDIStreamException e) {
      throw new X12ValidationException(
          "TA1 for interchange " + received.interchangeId() + " not written",
          List.of(e.getMessage()));
    }
    if (!w.problems().isEmpty()) {
      throw new X12ValidationException(
          "TA1 for interchange " + received.interchangeId() + " fails its schema", w.problems());
    }
    return out.toByteArray();
  }

  /**
   * TA1: the interchange's control number, date and time, A/E/R and the first note (000 when none).
   */
  private static void ta1(X12EnvelopeWriter w, X12InterchangeReceipt received)
      throws EDIStreamException {
    X12InterchangeHeader isa = received.header();
    String note =
        received.notes().isEmpty()
            ? X12InterchangeNote.NO_ERROR.code()
            : received.notes().get(0).code();
    w.segment(
        "TA1",
        isa.controlNumber(),
        isa.date(),
        isa.time(),
        received.code() == X12AcknowledgmentCode.PARTIALLY_ACCEPTED ? "E" : received.code().code(),
        note);
  }

  private void acknowledge(X12EnvelopeWriter w, Kind kind, X12GroupReceipt group)
      throws EDIStreamException {
    boolean is999 = kind == Kind.IMPLEMENTATION_999;
    w.st(kind.type, is999 ? kind.version : null, schemas.transaction(kind.type, kind.version));
    if (is999) {
      w.segment("AK1", group.functionalId(), group.controlNumber(), group.version());
    } else {
      w.segment("AK1", group.functionalId(), group.controlNumber());
    }
    for (X12TransactionSetReceipt set : group.sets()) {
      transactionSet(w, is999, set, w.delimiters());
    }
    List<Object> ak9 =
        new ArrayList<>(
            List.of(
                group.code().code(),
                Integer.toString(
                    group.declaredSets() >= 0 ? group.declaredSets() : group.sets().size()),
                Integer.toString(group.sets().size()),
                Integer.toString(group.acceptedSets())));
    group.errors().stream().limit(5).map(X12GroupError::code).forEach(ak9::add);
    w.segment("AK9", ak9.toArray());
    w.se();
  }

  private static void transactionSet(
      X12EnvelopeWriter w, boolean is999, X12TransactionSetReceipt set, X12Delimiters delimiters)
      throws EDIStreamException {
    if (is999) {
      w.segment("AK2", set.type(), set.controlNumber(), set.implementationReference().orElse(""));
    } else {
      w.segment("AK2", set.type(), set.controlNumber());
    }
    for (X12SegmentError error : set.segmentErrors()) {
      String code = is999 ? error.effectiveError().code999() : error.effectiveError().code997();
      w.segment(
          is999 ? "IK3" : "AK3",
          error.tag(),
          Integer.toString(error.position()),
          error.loopId().orElse(""),
          code);
      for (X12ElementError element : error.elements()) {
        w.segment(
            is999 ? "IK4" : "AK4",
            position(element, is999),
            element.referenceNumber().orElse(""),
            is999 ? element.error().code999() : element.error().code997(),
            badValue(element, delimiters));
      }
    }
    List<Object> ak5 = new ArrayList<>();
    ak5.add(set.code() == X12AcknowledgmentCode.PARTIALLY_ACCEPTED ? "E" : set.code().code());
    set.errors().stream().limit(5).map(X12SetError::code).forEach(ak5::add);
    w.segment(is999 ? "IK5" : "AK5", ak5.toArray());
  }

  /** C030: element position, and the component (and in a 999 the repetition) when there is one. */
  private static Object position(X12ElementError e, boolean is999) {
    String element = Integer.toString(e.position());
    if (is999 && e.repetition() > 1) {
      return new String[] {
        element,
        e.component() > 0 ? Integer.toString(e.component()) : "",
        Integer.toString(e.repetition())
      };
    }
    return e.component() > 0 ? new String[] {element, Integer.toString(e.component())} : element;
  }

  /**
   * AK404/IK404: a copy of the bad value, cut to 99 characters; left out when it holds one of our
   * separators.
   */
  private static String badValue(X12ElementError e, X12Delimiters d) {
    String v = e.badValue().orElse("").strip();
    for (char c : new char[] {d.element(), d.component(), d.segment(), d.repetition()}) {
      if (c != X12Delimiters.NONE && v.indexOf(c) >= 0) {
        return "";
      }
    }
    return v.length() > 99 ? v.substring(0, 99) : v;
  }
}
