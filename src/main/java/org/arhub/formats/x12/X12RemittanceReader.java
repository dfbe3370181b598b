package org.arhub.formats.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.FileFormat;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.FileHeader;

/**
 * Reads X12 820 remittance advice files (004010, 005010 and its implementations such as X218): any
 * delimiters the ISA declares, several interchanges, groups and transaction sets a file, each 820
 * into one {@link org.arhub.model.Remittance}. Transaction sets stream to the sink one at a time,
 * each once its SE has been checked.
 *
 * <p>The file header's id is the first interchange's {@code <ISA06>/<ISA13>}; {@link
 * AcknowledgmentCollector#interchangeIds()} has them all.
 */
public final class X12RemittanceReader implements BankFileReader {
  private final X12Schemas schemas;
  private final ReasonCodes reasons;
  private final boolean validateContent;

  public X12RemittanceReader() {
    this(X12Schemas.standard(), ReasonCodes.standard());
  }

  public X12RemittanceReader(X12Schemas schemas, ReasonCodes reasons) {
    this(schemas, reasons, true);
  }

  private X12RemittanceReader(X12Schemas schemas, ReasonCodes reasons, boolean validateContent) {
    this.schemas = schemas;
    this.reasons = reasons;
    this.validateContent = validateContent;
  }

  /**
   * A reader whose {@link #read(String, InputStream, BankFileSink, AcknowledgmentCollector)} checks
   * envelopes and the content it uses (amounts, trace, currency), but does not validate every
   * segment against mappings/x12/820.xml: several times faster on large files (StAEDI's schema
   * validation dominates the reading time), with acknowledgments that then report envelope and
   * content errors only, not syntax errors.
   */
  public X12RemittanceReader withoutSyntaxValidation() {
    return new X12RemittanceReader(schemas, reasons, false);
  }

  @Override
  public FileFormat format() {
    return FileFormat.X12_820;
  }

  /**
   * Reads the file strictly: when any transaction set is rejected, or an envelope trailer is wrong,
   * it throws after the whole file was read, naming the first problem (the sink must then drop what
   * it received, as for any invalid file). Syntax errors alone reject nothing, so this read skips
   * the schema validation that only acknowledgments need.
   */
  @Override
  public void read(String fileName, InputStream in, BankFileSink sink)
      throws InvalidFileException, IOException {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    read(fileName, in, sink, acknowledgments, false);
    List<String> problems = acknowledgments.problems();
    if (!problems.isEmpty()) {
      String first = problems.get(0);
      int colon = first.indexOf(": ");
      String more =
          problems.size() == 2
              ? " (and 1 more problem)"
              : problems.size() > 2 ? " (and " + (problems.size() - 1) + " more problems)" : "";
      throw new InvalidFileException(
          fileName, first.substring(0, colon), first.substring(colon + 2) + more);
    }
  }

  /**
   * Reads the file leniently: rejected transaction sets are left out and recorded, with everything
   * else an acknowledgment needs, in {@code acknowledgments}. Throws only when the file cannot be
   * read at all (not X12, a broken ISA, truncated); a broken ISA that can still be answered is
   * recorded as a rejected interchange before the throw.
   */
  public void read(
      String fileName, InputStream in, BankFileSink sink, AcknowledgmentCollector acknowledgments)
      throws InvalidFileException, IOException {
    read(fileName, in, sink, acknowledgments, validateContent);
  }

  private void read(
      String fileName,
      InputStream in,
      BankFileSink sink,
      AcknowledgmentCollector acknowledgments,
      boolean validate)
      throws InvalidFileException, IOException {
    FileStart start = new FileStart(sink);
    X12Content content =
        new X12Content() {
          @Override
          public Optional<X12TransactionSetReader> transactionSet(
              X12TransactionSetHeader st, X12GroupHeader gs) {
            if (!st.type().equals("820")) {
              return Optional.empty();
            }
            start.started(null, gs);
            return Optional.of(new X12Remittance820(reasons, sink::remittance));
          }

          @Override
          public void interchange(X12InterchangeHeader isa) {
            start.interchange(isa);
          }

          @Override
          public void group(X12InterchangeHeader isa, X12GroupHeader gs) {
            start.started(isa, gs);
          }

          @Override
          public String reads() {
            return "820";
          }
        };
    new X12EnvelopeReader(fileName, content, acknowledgments::accept).read(in, schemas, validate);
    start.started(null, null);
    sink.endFile();
  }

  /** Tells the sink about the file once, at its first functional group (whose version it names). */
  private static final class FileStart {
    private final BankFileSink sink;
    private X12InterchangeHeader first;
    private boolean told;

    FileStart(BankFileSink sink) {
      this.sink = sink;
    }

    void interchange(X12InterchangeHeader isa) {
      if (first == null) {
        first = isa;
      }
    }

    void started(X12InterchangeHeader isa, X12GroupHeader gs) {
      if (told || first == null) {
        return;
      }
      told = true;
      String version = gs == null || gs.version().isEmpty() ? first.version() : gs.version();
      sink.file(
          new FileHeader(
              "X12 820 " + version,
              first.interchangeId(),
              Optional.of(first.sender()),
              Optional.of(first.receiver()),
              first.created()));
    }
  }
}
