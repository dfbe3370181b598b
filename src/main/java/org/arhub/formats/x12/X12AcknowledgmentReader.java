package org.arhub.formats.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;

/**
 * Reads the acknowledgments partners send for our 810s: TA1s, 997s (004010) and 999s
 * (005010X231A1), per interchange, each saying per functional group and transaction set we sent
 * whether it was accepted, accepted with errors or rejected, and why. The hub updates the invoices'
 * delivery status from it.
 */
public final class X12AcknowledgmentReader {
  private final X12Schemas schemas;

  public X12AcknowledgmentReader() {
    this(X12Schemas.standard());
  }

  public X12AcknowledgmentReader(X12Schemas schemas) {
    this.schemas = schemas;
  }

  public List<X12Acknowledgments> read(String fileName, InputStream in)
      throws InvalidFileException, IOException {
    return read(fileName, in, new AcknowledgmentCollector());
  }

  /**
   * Reads, recording in {@code received} what an acknowledgment of the acknowledgments would need
   * (rarely sent).
   */
  public List<X12Acknowledgments> read(
      String fileName, InputStream in, AcknowledgmentCollector received)
      throws InvalidFileException, IOException {
    List<X12Acknowledgments> result = new ArrayList<>();
    List<X12InterchangeAcknowledgment> ta1s = new ArrayList<>();
    List<X12GroupAcknowledgment> groups = new ArrayList<>();
    X12Content content =
        new X12Content() {
          private X12InterchangeHeader isa;

          @Override
          public void interchange(X12InterchangeHeader header) {
            isa = header;
          }

          @Override
          public Optional<X12TransactionSetReader> transactionSet(
              X12TransactionSetHeader st, X12GroupHeader gs) {
            if (!st.type().equals("997") && !st.type().equals("999")) {
              return Optional.empty();
            }
            return Optional.of(
                new X12FunctionalAcknowledgment(st.type(), isa.delimiters(), groups::add));
          }

          @Override
          public void interchangeSegment(X12Segment s, X12InterchangeHeader header) {
            ta1s.add(
                new X12InterchangeAcknowledgment(
                    s.element(1),
                    s.element(2),
                    s.element(3),
                    X12AcknowledgmentCode.ofCode(s.element(4)),
                    s.element(5)));
          }

          @Override
          public String reads() {
            return "997, 999";
          }
        };
    new X12EnvelopeReader(
            fileName,
            content,
            receipt -> {
              received.accept(receipt);
              result.add(new X12Acknowledgments(receipt.interchangeId(), ta1s, groups));
              ta1s.clear();
              groups.clear();
            })
        .read(in, schemas);
    return result;
  }
}
