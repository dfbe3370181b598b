package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Acknowledgments both ways: the 997/999/TA1 we write for what we received say what they should
 * (read back with our acknowledgment reader), and the 997/999/TA1 partners send for our 810s are
 * read into per-set results.
 */
class X12AcknowledgmentTest {

  private static List<X12Acknowledgments> writeAndReadBack(
      String fixture, X12AcknowledgmentWriter.Kind kind) throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes(fixture));
    X12InterchangeReceipt receipt = read.interchange();
    byte[] ack =
        new X12AcknowledgmentWriter()
            .write(receipt, kind, X12Envelope.answering(receipt, 5, 6, X12TestFiles.ACKNOWLEDGED));
    return new X12AcknowledgmentReader().read("ack.edi", new ByteArrayInputStream(ack));
  }

  @Test
  void a997ForAGoodGroupAcceptsIt() throws Exception {
    List<X12Acknowledgments> acks =
        writeAndReadBack(
            "820-004010-standard-delimiters", X12AcknowledgmentWriter.Kind.FUNCTIONAL_997);

    assertThat(acks)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.interchangeId()).isEqualTo("ARHUB/000000005");
              assertThat(a.interchanges()).isEmpty();
              assertThat(a.groups())
                  .singleElement()
                  .satisfies(
                      g -> {
                        assertThat(g.acknowledgmentType()).isEqualTo("997");
                        assertThat(g.functionalId()).isEqualTo("RA");
                        assertThat(g.controlNumber()).isEqualTo("1001");
                        assertThat(g.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
                        assertThat(g.set("0001"))
                            .hasValueSatisfying(
                                s ->
                                    assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED));
                      });
            });
  }

  @Test
  void a997ForABadGroupRejectsTheBadSetWithItsCode() throws Exception {
    List<X12Acknowledgments> acks =
        writeAndReadBack("820-wrong-se-count", X12AcknowledgmentWriter.Kind.FUNCTIONAL_997);

    X12GroupAcknowledgment group = acks.get(0).groups().get(0);
    assertThat(group.code()).isEqualTo(X12AcknowledgmentCode.PARTIALLY_ACCEPTED);
    assertThat(List.of(group.includedSets(), group.receivedSets(), group.acceptedSets()))
        .containsExactly(2, 2, 1);
    assertThat(group.set("0001"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
              assertThat(s.errors()).containsExactly(X12SetError.SEGMENT_COUNT_MISMATCH);
              assertThat(s.reasons())
                  .isEqualTo("Number of included segments does not match actual count");
            });
    assertThat(group.set("0002"))
        .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED));
  }

  @Test
  void a999ForAGoodGroupNamesItsImplementation() throws Exception {
    List<X12Acknowledgments> acks =
        writeAndReadBack(
            "820-005010X218-pipe-newline", X12AcknowledgmentWriter.Kind.IMPLEMENTATION_999);

    X12GroupAcknowledgment group = acks.get(0).groups().get(0);
    assertThat(group.acknowledgmentType()).isEqualTo("999");
    assertThat(group.version()).contains("005010X218");
    assertThat(group.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
    assertThat(group.sets())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.implementationReference()).contains("005010X218");
              assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
            });
  }

  @Test
  void a999ForABadGroupCarriesTheSegmentAndElementErrors() throws Exception {
    List<X12Acknowledgments> acks =
        writeAndReadBack("820-unusable-content", X12AcknowledgmentWriter.Kind.IMPLEMENTATION_999);

    X12GroupAcknowledgment group = acks.get(0).groups().get(0);
    assertThat(group.code()).isEqualTo(X12AcknowledgmentCode.PARTIALLY_ACCEPTED);
    assertThat(group.set("0001"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
              assertThat(s.segmentErrors())
                  .singleElement()
                  .isEqualTo(
                      new X12SegmentError(
                          "RMR",
                          7,
                          Optional.of("RMR"),
                          Optional.of(X12SegmentSyntaxError.SEGMENT_HAS_DATA_ELEMENT_ERRORS),
                          List.of(
                              new X12ElementError(
                                  4,
                                  0,
                                  0,
                                  Optional.of("782"),
                                  X12ElementSyntaxError.INVALID_CHARACTER_IN_DATA_ELEMENT,
                                  Optional.of("10.O0")))));
            });
    assertThat(group.set("0003"))
        .hasValueSatisfying(s -> assertThat(s.errors()).containsExactly(X12SetError.NOT_SUPPORTED));
    assertThat(group.set("0004"))
        .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED));
  }

  @Test
  void aTa1AnswersABadInterchangeEnvelope() throws Exception {
    List<X12Acknowledgments> acks =
        writeAndReadBack(
            "820-control-number-mismatch", X12AcknowledgmentWriter.Kind.FUNCTIONAL_997);

    assertThat(acks.get(0).interchanges())
        .singleElement()
        .satisfies(
            ta1 -> {
              assertThat(ta1.controlNumber()).isEqualTo("000010010");
              assertThat(ta1.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
              assertThat(ta1.noteCode()).isEqualTo("001");
              assertThat(ta1.note())
                  .isEqualTo(
                      "The interchange control number in the header and trailer do not match");
            });
    assertThat(acks.get(0).groups().get(0).errors())
        .containsExactly(X12GroupError.CONTROL_NUMBER_MISMATCH);
  }

  @Test
  void aTa1RejectsAnInterchangeWhoseIsaIsBroken() throws Exception {
    byte[] broken =
        X12TestFiles.edit(X12TestFiles.bytes("820-004010-standard-delimiters"), "*P*>~", "*P*>X");
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    try {
      new X12RemittanceReader()
          .read(
              "f.edi",
              new ByteArrayInputStream(broken),
              new X12TestFiles.RecordingSink(),
              acknowledgments);
    } catch (org.arhub.formats.InvalidFileException expected) {
      // the file is refused; the receipt remains for the TA1
    }
    X12InterchangeReceipt receipt = acknowledgments.interchanges().get(0);
    X12Envelope answer =
        X12Envelope.answering(receipt, 9, 9, X12TestFiles.ACKNOWLEDGED)
            .withDelimiters(X12Delimiters.STANDARD);

    byte[] ta1 = new X12AcknowledgmentWriter().writeTa1(receipt, answer);

    assertThat(new String(ta1, StandardCharsets.US_ASCII))
        .contains("~TA1*000001001*261120*0930*R*004~")
        .doesNotContain("GS*");
    assertThat(
            new X12AcknowledgmentReader()
                .read("ta1.edi", new ByteArrayInputStream(ta1))
                .get(0)
                .interchanges())
        .singleElement()
        .satisfies(t -> assertThat(t.code()).isEqualTo(X12AcknowledgmentCode.REJECTED));
  }

  @Test
  void theAcknowledgmentUsesTheDelimitersReceived() throws Exception {
    X12InterchangeReceipt receipt =
        X12TestFiles.read(X12TestFiles.bytes("820-004010-bom-crlf-backslash")).interchange();

    String ack =
        new String(
            new X12AcknowledgmentWriter()
                .write(receipt, X12Envelope.answering(receipt, 1, 2, X12TestFiles.ACKNOWLEDGED)),
            StandardCharsets.US_ASCII);

    assertThat(ack).startsWith("ISA!00!").contains("\\AK1!RA!3003\\").endsWith("IEA!1!000000001\\");
  }

  @Test
  void a999ForAn004010PartnerGetsARepetitionSeparatorItsDelimitersLack() throws Exception {
    X12InterchangeReceipt receipt =
        X12TestFiles.read(X12TestFiles.bytes("820-004010-standard-delimiters")).interchange();

    String ack =
        new String(
            new X12AcknowledgmentWriter()
                .write(
                    receipt,
                    X12AcknowledgmentWriter.Kind.IMPLEMENTATION_999,
                    X12Envelope.answering(receipt, 1, 2, X12TestFiles.ACKNOWLEDGED)),
            StandardCharsets.US_ASCII);

    assertThat(ack).contains("*0900*^*00501*000000001*0*P*>~");
    assertThat(
            new X12AcknowledgmentReader()
                .read("999.edi", new ByteArrayInputStream(ack.getBytes(StandardCharsets.US_ASCII)))
                .get(0)
                .groups())
        .singleElement()
        .satisfies(g -> assertThat(g.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED));
  }

  @Test
  void aPartners997ForOur810sSaysWhichWereRejectedAndWhy() throws Exception {
    List<X12Acknowledgments> acks;
    try (InputStream in =
        Files.newInputStream(
            X12TestFiles.folder().resolve("acknowledgments/997-partially-accepted.edi"))) {
      acks = new X12AcknowledgmentReader().read("997.edi", in);
    }

    X12GroupAcknowledgment group = acks.get(0).groups().get(0);
    assertThat(group.functionalId()).isEqualTo("IN");
    assertThat(group.controlNumber()).isEqualTo("7");
    assertThat(group.code()).isEqualTo(X12AcknowledgmentCode.PARTIALLY_ACCEPTED);
    assertThat(group.set("0001"))
        .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED));
    assertThat(group.set("0002"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
              assertThat(s.reasons())
                  .isEqualTo(
                      "One or more segments in error; "
                          + "segment 13 (N1): required segment missing: N1; "
                          + "segment 23 (IT1): segment has data element errors; IT102: invalid character in data element ('2X'); IT103: invalid code value ('ZZ')");
            });
  }

  @Test
  void aPartners999AndTa1ForOur810sAreRead() throws Exception {
    List<X12Acknowledgments> acks;
    try (InputStream in =
        Files.newInputStream(X12TestFiles.folder().resolve("acknowledgments/999-rejected.edi"))) {
      acks = new X12AcknowledgmentReader().read("999.edi", in);
    }

    assertThat(acks.get(0).interchanges())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.controlNumber()).isEqualTo("000000042");
              assertThat(t.note()).isEqualTo("Invalid interchange sender ID");
            });
    X12GroupAcknowledgment group = acks.get(0).groups().get(0);
    assertThat(group.version()).contains("004010");
    assertThat(group.code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
    assertThat(group.set("1"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.otherCodes()).containsExactly("I5");
              assertThat(s.errors()).containsExactly(X12SetError.SEGMENTS_IN_ERROR);
              assertThat(s.segmentErrors())
                  .extracting(X12SegmentError::tag)
                  .containsExactly("BIG", "REF");
              assertThat(s.segmentErrors().get(1).elements())
                  .singleElement()
                  .satisfies(
                      e -> assertThat(List.of(e.position(), e.component())).containsExactly(4, 2));
            });
  }
}
