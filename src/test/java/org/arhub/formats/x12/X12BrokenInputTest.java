package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.arhub.formats.InvalidFileException;
import org.junit.jupiter.api.Test;

/** Files that are not readable X12 at all are refused with the segment position and the reason. */
class X12BrokenInputTest {
  private static final byte[] GOOD = X12TestFiles.bytes("820-004010-standard-delimiters");

  private static InvalidFileException refusal(byte[] file) {
    try {
      new X12RemittanceReader()
          .read("broken.edi", new ByteArrayInputStream(file), new X12TestFiles.RecordingSink());
    } catch (InvalidFileException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected an InvalidFileException, got " + e, e);
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void emptyFile() {
    assertThat(refusal(new byte[0]))
        .hasMessage(
            "broken.edi: segment 1: the file is empty: an X12 interchange starts with an ISA segment");
  }

  @Test
  void onlyAByteOrderMarkAndBlankLines() {
    assertThat(
            refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' '}).position())
        .isEqualTo("segment 1");
  }

  @Test
  void garbage() {
    InvalidFileException e =
        refusal("%PDF-1.7 binary junk\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(e.position()).isEqualTo("segment 1");
    assertThat(e.reason())
        .isEqualTo(
            "not an X12 interchange: the file starts with '%PDF-1.7 binary junk', expected an ISA segment");
  }

  @Test
  void truncatedInsideTheIsa() {
    assertThat(refusal(Arrays.copyOf(GOOD, 60)))
        .hasMessage(
            "broken.edi: segment 1 (ISA): the ISA is cut off after 60 characters; an ISA is exactly 106 (the file is truncated)");
  }

  @Test
  void truncatedInsideATransactionSet() {
    byte[] cut =
        Arrays.copyOf(
            GOOD, new String(GOOD, StandardCharsets.ISO_8859_1).indexOf("RMR*IV*INV-1002") + 10);

    assertThat(refusal(cut))
        .hasMessage(
            "broken.edi: segment 15: the file ends inside interchange 000001001 (ISA at segment 1): no IEA, the file is truncated");
  }

  @Test
  void truncatedAfterTheLastTransactionSet() {
    byte[] cut =
        Arrays.copyOf(GOOD, new String(GOOD, StandardCharsets.ISO_8859_1).indexOf("GE*1*1001"));

    assertThat(refusal(cut))
        .hasMessage(
            "broken.edi: segment 19: the file ends inside interchange 000001001 (ISA at segment 1): no IEA, the file is truncated");
  }

  @Test
  void segmentsWrittenWithOtherDelimitersThanTheIsaDeclares() {
    byte[] file =
        new String(GOOD, StandardCharsets.ISO_8859_1)
            .replace("GS*RA*ACMERETAIL", "GS|RA|ACMERETAIL")
            .getBytes(StandardCharsets.ISO_8859_1);

    InvalidFileException e = refusal(file);

    assertThat(e.position()).isEqualTo("segment 2");
    assertThat(e.reason()).startsWith("not readable as X12 (");
  }

  @Test
  void segmentTerminatorOtherThanDeclared() {
    byte[] file =
        new String(GOOD, StandardCharsets.ISO_8859_1)
            .replace("~\n", "\\\n")
            .replaceFirst("\\\\\n", "~\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    InvalidFileException e = refusal(file);

    assertThat(e.position()).startsWith("segment ");
  }

  @Test
  void anInterchangeWithoutIeaBeforeTheNextIsa() {
    String text = new String(GOOD, StandardCharsets.ISO_8859_1);
    byte[] file =
        (text.replace("IEA*1*000001001~\n", "") + text).getBytes(StandardCharsets.ISO_8859_1);

    assertThat(refusal(file))
        .hasMessage(
            "broken.edi: segment 20 (ISA): interchange 000001001 (ISA at segment 1) has no IEA before the next ISA");
  }

  @Test
  void aMissingFinalSegmentTerminatorIsAdded() throws Exception {
    byte[] file = Arrays.copyOf(GOOD, GOOD.length - 2);

    assertThat(X12TestFiles.read(file).sink().remittances).hasSize(1);
    assertThat(X12TestFiles.strictRejection(file)).isNull();
  }

  @Test
  void contentAfterTheLastInterchangeIsRefused() {
    byte[] file =
        (new String(GOOD, StandardCharsets.ISO_8859_1) + "hello")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(
            () ->
                new X12RemittanceReader()
                    .read(
                        "broken.edi",
                        new ByteArrayInputStream(file),
                        new X12TestFiles.RecordingSink()))
        .isInstanceOf(InvalidFileException.class)
        .satisfies(e -> assertThat(((InvalidFileException) e).position()).isEqualTo("segment 21"));
  }
}
