package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mutation tests in the manner of moov-io: one field of a good 820 broken at a time, and the exact
 * error it must give (file refused, transaction set rejected, or group/interchange in error).
 */
class X12MutationTest {
  private static final byte[] GOOD = X12TestFiles.bytes("820-004010-standard-delimiters");

  private static byte[] mutate(String from, String to) {
    return X12TestFiles.edit(GOOD, from, to);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ZZ*ACMERETAIL     *|ZZ*ACMERETAIL    *|segment 1 (ISA): ISA06 'ACMERETAIL    ' is 14 characters; the ISA is fixed-width and ISA06 must be exactly 15",
        "*000001001*0*P*|*00000100A*0*P*|segment 1 (ISA): ISA13 interchange control number '00000100A' is not 9 digits",
        "*P*>~|*P**~|segment 1 (ISA): ISA16 (component separator) is missing: the ISA must end with one character and the segment terminator",
        "*P*>~|*P*>X|segment 1 (ISA): segment terminator 'X' (the character after ISA16) is not a separator character; the ISA is 106 characters, fixed width",
        "*P*>~|*P*~~|segment 1 (ISA): ISA16 component separator '~' is not a separator distinct from the others",
        "ISA*00|ISB*00|segment 1: not an X12 interchange: the file starts with 'ISB*00*          *00', expected an ISA segment",
        "ISA*00*|ISA00*|segment 1: not an X12 interchange: the file starts with 'ISA00*          *00*', expected an ISA segment",
      })
  void brokenIsaRefusesTheFile(String from, String to, String message) {
    assertThatThrownBy(
            () ->
                new X12RemittanceReader()
                    .read(
                        "f.edi",
                        new ByteArrayInputStream(mutate(from, to)),
                        new X12TestFiles.RecordingSink()))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage("f.edi: " + message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "SE*16*0001|SE*15*0001|segment 18 (SE): SE01 says 15 segments, transaction set 0001 has 16 (ST to SE)",
        "SE*16*0001|SE*16*0002|segment 18 (SE): SE02 '0002' does not match ST02 '0001' (segment 3)",
        "SE*16*0001|SE*X*0001|segment 18 (SE): SE01 says 'X' segments, transaction set 0001 has 16 (ST to SE)",
        "BPR*C*1550.00|BPR*C*1550,00|segment 4 (BPR): BPR02 '1550,00' is not an amount",
        "BPR*C*1550.00|BPR*C*|segment 4 (BPR): BPR02 payment amount is missing",
        "PI*980.00*|PI*98O.00*|segment 11 (RMR): RMR04 '98O.00' is not an amount",
        "PI*980.00*1000.00|PI*980.00*1000.0O|segment 11 (RMR): RMR05 '1000.0O' is not an amount",
        "1000.00*20.00|1000.00*2O.00|segment 11 (RMR): RMR06 '2O.00' is not an amount",
        "PI*570.00*600.00|PI**600.00|segment 14 (RMR): RMR04 amount paid is missing for INV-1002",
        "ADX*-30.00|ADX*-30.0O|segment 17 (ADX): ADX01 '-30.0O' is not an amount",
        "PI*980.00*|PI*980.001*|segment 11 (RMR): RMR04 980.001 has more decimals than USD allows (2)",
        "TRN*1*TRACE-0001|TRN*1*|segment 5 (TRN): TRN02 trace number is missing: the remittance cannot be tied to its payment",
        "ST*820*0001|ST*820*|segment 3 (ST): ST02 transaction set control number is missing",
        "DTM*097*20261120~|CUR*PR*US~|segment 7 (CUR): CUR02 'US' is not an ISO 4217 currency code",
      })
  void brokenFieldRejectsTheTransactionSet(String from, String to, String reason) throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(mutate(from, to));

    assertThat(read.sink().remittances).isEmpty();
    assertThat(read.set(0).code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
    assertThat(read.set(0).rejection()).contains(reason);
    assertThat(X12TestFiles.strictRejection(mutate(from, to))).startsWith("test.edi: " + reason);
  }

  @ParameterizedTest(name = "{0} removed")
  @CsvSource(
      delimiter = '|',
      value = {
        "BPR*C*1550.00*C*ACH*CTX*01*021000021*DA*123456789*1234567890**01*031000053*DA*987654321*20261120~\\n|the 820 has no BPR segment: no payment amount",
        "TRN*1*TRACE-0001*1234567890~\\n|the 820 has no TRN segment: no trace number ties it to its payment",
      })
  void missingMandatorySegmentRejectsTheTransactionSet(String segment, String reason)
      throws Exception {
    byte[] file =
        X12TestFiles.edit(
            X12TestFiles.edit(GOOD, segment.replace("\\n", "\n"), ""), "SE*16*0001", "SE*15*0001");

    X12TestFiles.Read read = X12TestFiles.read(file);

    assertThat(read.sink().remittances).isEmpty();
    assertThat(read.set(0).rejection()).contains("segment 17 (SE): " + reason);
    assertThat(read.set(0).segmentErrors())
        .anySatisfy(
            e ->
                assertThat(e.effectiveError())
                    .isEqualTo(X12SegmentSyntaxError.REQUIRED_SEGMENT_MISSING));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GE*1*1001|GE*2*1001|segment 19 (GE): GE01 says 2 transaction sets, group 1001 has 1|SET_COUNT_MISMATCH",
        "GE*1*1001|GE*1*1002|segment 19 (GE): GE02 '1002' does not match GS06 '1001' (segment 2)|CONTROL_NUMBER_MISMATCH",
        "*0930*1001*X*|*0930*10O1*X*|segment 2 (GS): GS06 group control number '10O1' is not 1 to 9 digits|INVALID_CONTROL_NUMBER",
      })
  void brokenGroupEnvelopeIsAnErrorOfTheGroup(
      String from, String to, String reason, X12GroupError error) throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(mutate(from, to));

    assertThat(read.group().errors()).contains(error);
    assertThat(read.group().reasons()).contains(reason);
    assertThat(X12TestFiles.strictRejection(mutate(from, to))).startsWith("test.edi: " + reason);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IEA*1*000001001|IEA*3*000001001|segment 20 (IEA): IEA01 says 3 functional groups, interchange 000001001 has 1|INVALID_GROUP_COUNT",
        "IEA*1*000001001|IEA*1*000001002|segment 20 (IEA): IEA02 '000001002' does not match ISA13 '000001001' (segment 1)|CONTROL_NUMBER_MISMATCH",
      })
  void brokenInterchangeTrailerIsANoteOfTheInterchange(
      String from, String to, String reason, X12InterchangeNote note) throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(mutate(from, to));

    assertThat(read.sink().remittances).hasSize(1);
    assertThat(read.interchange().notes()).containsExactly(note);
    assertThat(read.interchange().reasons()).containsExactly(reason);
    assertThat(X12TestFiles.strictRejection(mutate(from, to))).isEqualTo("test.edi: " + reason);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*261120*0930*|*261320*0930*|INVALID_DATE",
        "*261120*0930*|*261120*2561*|INVALID_TIME",
        "*U*00401*|*U*00040*|INVALID_VERSION",
        "*0*P*>|*0*X*>|INVALID_TEST_INDICATOR",
        "*0*P*>|*7*P*>|INVALID_ACKNOWLEDGMENT_REQUESTED",
        "ZZ*ACMERETAIL     *|ZZ*               *|INVALID_SENDER_ID",
      })
  void oddIsaValuesAreNotedNotRefused(String from, String to, X12InterchangeNote note)
      throws Exception {
    X12TestFiles.Read read = X12TestFiles.read(mutate(from, to));

    assertThat(read.sink().remittances).hasSize(1);
    assertThat(read.interchange().notes()).containsExactly(note);
    assertThat(read.interchange().code()).isEqualTo(X12AcknowledgmentCode.ACCEPTED_WITH_ERRORS);
    assertThat(X12TestFiles.strictRejection(mutate(from, to))).isNull();
  }

  @org.junit.jupiter.api.Test
  void aBrokenIsaThatCanStillBeAnsweredIsRecordedAsARejectedInterchange() {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();

    assertThatThrownBy(
            () ->
                new X12RemittanceReader()
                    .read(
                        "f.edi",
                        new ByteArrayInputStream(mutate("*P*>~", "*P*>X")),
                        new X12TestFiles.RecordingSink(),
                        acknowledgments))
        .isInstanceOf(InvalidFileException.class);

    assertThat(acknowledgments.interchanges())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rejected()).isTrue();
              assertThat(r.code()).isEqualTo(X12AcknowledgmentCode.REJECTED);
              assertThat(r.notes()).containsExactly(X12InterchangeNote.INVALID_SEGMENT_TERMINATOR);
              assertThat(r.interchangeId()).isEqualTo("ACMERETAIL/000001001");
            });
  }
}
