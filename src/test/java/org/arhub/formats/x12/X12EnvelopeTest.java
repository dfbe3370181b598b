package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Envelope checks (X12.5/X12.6): each broken envelope rejects or notes exactly what it concerns,
 * with the segment and the reason; the rest of the file is read.
 */
class X12EnvelopeTest {

  @Test
  void wrongSegmentCountRejectsThatTransactionSetOnly() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-wrong-se-count"));

    assertThat(read.sink().traces()).containsExactly("T-7002");
    assertThat(read.set(0).code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
    assertThat(read.set(0).errors()).containsExactly(X12SetError.SEGMENT_COUNT_MISMATCH);
    assertThat(read.set(0).rejection())
        .contains("segment 10 (SE): SE01 says 9 segments, transaction set 0001 has 8 (ST to SE)");
    assertThat(read.set(1).code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
    assertThat(read.group().code()).isEqualTo(X12AcknowledgmentCode.PARTIALLY_ACCEPTED);
    assertThat(X12TestFiles.strictRejection(X12TestFiles.bytes("820-wrong-se-count")))
        .isEqualTo(
            "test.edi: segment 10 (SE): SE01 says 9 segments, transaction set 0001 has 8 (ST to SE)");
  }

  @Test
  void wrongGroupCountIsAnErrorOfTheGroupWhoseSetsAreRead() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-wrong-ge-count"));

    assertThat(read.sink().traces()).containsExactly("T-8001", "T-8002");
    assertThat(read.group().errors()).containsExactly(X12GroupError.SET_COUNT_MISMATCH);
    assertThat(read.group().reasons())
        .containsExactly("segment 19 (GE): GE01 says 3 transaction sets, group 8008 has 2");
    assertThat(read.group().declaredSets()).isEqualTo(3);
    assertThat(read.group().code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
    assertThat(read.group().sets())
        .extracting(X12TransactionSetReceipt::code)
        .containsOnly(X12AcknowledgmentCode.ACCEPTED);
    assertThat(X12TestFiles.strictRejection(X12TestFiles.bytes("820-wrong-ge-count")))
        .isEqualTo("test.edi: segment 19 (GE): GE01 says 3 transaction sets, group 8008 has 2");
  }

  @Test
  void wrongInterchangeCountIsANoteOfTheInterchange() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-wrong-iea-count"));

    assertThat(read.sink().traces()).containsExactly("T-9001");
    assertThat(read.interchange().notes()).containsExactly(X12InterchangeNote.INVALID_GROUP_COUNT);
    assertThat(read.interchange().reasons())
        .containsExactly(
            "segment 12 (IEA): IEA01 says 2 functional groups, interchange 000009009 has 1");
    assertThat(read.interchange().code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
    assertThat(read.interchange().needsTa1()).isTrue();
  }

  @Test
  void controlNumberMismatchesAtEveryLevel() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-control-number-mismatch"));

    assertThat(read.sink().traces()).containsExactly("T-1002");
    assertThat(read.set(0).code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
    assertThat(read.set(0).rejection())
        .contains("segment 10 (SE): SE02 '0009' does not match ST02 '0001' (segment 3)");
    assertThat(read.set(1).code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
    assertThat(read.set(1).errors()).containsExactly(X12SetError.CONTROL_NUMBER_MISMATCH);
    assertThat(read.set(1).reasons())
        .containsExactly(
            "segment 18 (SE): SE02 '00002' does not match ST02 '0002' (segment 11) except in leading zeros");
    assertThat(read.group().reasons())
        .containsExactly("segment 19 (GE): GE02 '1011' does not match GS06 '1010' (segment 2)");
    assertThat(read.interchange().reasons())
        .containsExactly(
            "segment 20 (IEA): IEA02 '000010011' does not match ISA13 '000010010' (segment 1)");
    assertThat(read.interchange().notes())
        .containsExactly(X12InterchangeNote.CONTROL_NUMBER_MISMATCH);
  }

  @Test
  void missingTrailersRejectTheSetAndFlagTheGroup() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-missing-trailers"));

    assertThat(read.sink().traces()).containsExactly("T-1102");
    assertThat(read.set(0).errors()).containsExactly(X12SetError.TRAILER_MISSING);
    assertThat(read.set(0).rejection())
        .contains(
            "segment 10 (ST): transaction set 0001 (ST at segment 3) has no SE before this ST");
    assertThat(read.set(1).code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED);
    assertThat(read.group().errors()).containsExactly(X12GroupError.TRAILER_MISSING);
    assertThat(read.group().reasons())
        .containsExactly("segment 18 (IEA): group 1111 (GS at segment 2) has no GE before the IEA");
  }

  @Test
  void contentTheHubCannotUseRejectsItsSetWithTheReason() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-unusable-content"));

    assertThat(read.sink().traces()).containsExactly("T-1204");
    assertThat(read.group().sets())
        .extracting(s -> s.rejection().orElse("accepted"))
        .containsExactly(
            "segment 9 (RMR): RMR04 '10.O0' is not an amount",
            "segment 14 (CUR): CUR02 'XYZ' is not an ISO 4217 currency code",
            "segment 20 (ST): transaction set 810 is not read here (this reader reads 820)",
            "accepted");
    assertThat(read.set(2).errors()).containsExactly(X12SetError.NOT_SUPPORTED);
    assertThat(read.set(0).segmentErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.tag()).isEqualTo("RMR");
              assertThat(error.position()).isEqualTo(7);
              assertThat(error.loopId()).contains("RMR");
              assertThat(error.elements())
                  .singleElement()
                  .isEqualTo(
                      new X12ElementError(
                          4,
                          0,
                          1,
                          Optional.of("782"),
                          X12ElementSyntaxError.INVALID_CHARACTER_IN_DATA_ELEMENT,
                          Optional.of("10.O0")));
            });
  }

  @Test
  void syntaxErrorsAreNotedAndTheSetIsRead() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-syntax-errors-noted"));

    assertThat(read.sink().traces()).containsExactly("T-1301");
    assertThat(read.set(0).code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
    assertThat(read.set(0).segmentErrors())
        .extracting(
            X12SegmentError::tag, X12SegmentError::position, X12SegmentError::effectiveError)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "DTM", 8, X12SegmentSyntaxError.SEGMENT_HAS_DATA_ELEMENT_ERRORS),
            org.assertj.core.groups.Tuple.tuple(
                "ZZZ", 9, X12SegmentSyntaxError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET));
    assertThat(read.set(0).reasons())
        .contains("segment 10 (DTM): DTM02: invalid date ('20261345')");
    assertThat(X12TestFiles.strictRejection(X12TestFiles.bytes("820-syntax-errors-noted")))
        .isNull();
  }

  @Test
  void severalInterchangesGroupsAndSetsAreAllReadAndIdentified() throws Exception {
    X12TestFiles.Read read =
        X12TestFiles.read(X12TestFiles.bytes("820-several-interchanges-groups-sets"));

    assertThat(read.sink().traces()).containsExactly("T-5101", "T-5102", "T-5201", "T-5301");
    assertThat(read.sink().header.fileId()).isEqualTo("MULTIPAYER/000005001");
    assertThat(read.sink().header.format()).isEqualTo("X12 820 004010");
    assertThat(read.acknowledgments().interchangeIds())
        .containsExactly("MULTIPAYER/000005001", "MULTIPAYER/000005002");
    assertThat(read.acknowledgments().interchanges())
        .extracting(r -> r.header().delimiters())
        .containsExactly(
            new X12Delimiters('*', '>', X12Delimiters.NONE, '~'),
            new X12Delimiters('|', ':', '^', '\n'));
    assertThat(read.interchange().groups())
        .extracting(X12GroupReceipt::controlNumber)
        .containsExactly("51", "52");
    assertThat(read.sink().calls).first().isEqualTo("file");
    assertThat(read.sink().calls).last().isEqualTo("endFile");
  }

  @Test
  void everyDelimiterSetIsReadTheSame() throws Exception {
    assertThat(
            X12TestFiles.read(X12TestFiles.bytes("820-005010X218-pipe-newline"))
                .interchange()
                .header()
                .delimiters())
        .isEqualTo(new X12Delimiters('|', ':', '^', '\n'));
    assertThat(
            X12TestFiles.read(X12TestFiles.bytes("820-004010-bom-crlf-backslash"))
                .interchange()
                .header()
                .delimiters())
        .isEqualTo(new X12Delimiters('!', '@', X12Delimiters.NONE, '\\'));
    X12TestFiles.Read control =
        X12TestFiles.read(X12TestFiles.bytes("820-005010-control-character-delimiters"));
    assertThat(control.interchange().header().delimiters())
        .isEqualTo(new X12Delimiters('\u001d', '\u001f', '\u001e', '\u001c'));
    assertThat(control.sink().remittances)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.currency()).isEqualTo("JPY");
              assertThat(r.lines())
                  .extracting(l -> l.paid().toPlainString())
                  .containsExactly("100000", "50000");
              assertThat(r.discrepancy()).isEmpty();
            });
  }

  @Test
  void theFileHeaderNamesTheFirstInterchange() throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(X12TestFiles.bytes("820-005010X218-pipe-newline"));

    assertThat(read.sink().header.format()).isEqualTo("X12 820 005010X218");
    assertThat(read.sink().header.fileId()).isEqualTo("EMPLOYER01/000002002");
    assertThat(read.sink().header.sender()).contains("EMPLOYER01");
    assertThat(read.sink().header.receiver()).contains("ARHUB");
    assertThat(read.sink().header.created()).contains(LocalDateTime.of(2026, 11, 20, 9, 30));
  }
}
