package org.arhub.formats.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Invoice;

/**
 * Reads X12 810 invoices into canonical {@link Invoice}s: partners' 810s (004010 to 004060) and
 * arhub's own (the round trip of {@link X12InvoiceWriter}), validated against mappings/x12/810.xml.
 */
public final class X12InvoiceReader {
  private final X12Schemas schemas;

  public X12InvoiceReader() {
    this(X12Schemas.standard());
  }

  public X12InvoiceReader(X12Schemas schemas) {
    this.schemas = schemas;
  }

  /**
   * Reads leniently: each accepted 810 goes to {@code invoices} once its SE is checked; rejected
   * ones (and sets of other types) are recorded in {@code acknowledgments}.
   */
  public void read(
      String fileName,
      InputStream in,
      Consumer<Invoice> invoices,
      AcknowledgmentCollector acknowledgments)
      throws InvalidFileException, IOException {
    X12Content content =
        new X12Content() {
          @Override
          public Optional<X12TransactionSetReader> transactionSet(
              X12TransactionSetHeader st, X12GroupHeader gs) {
            return st.type().equals("810")
                ? Optional.of(new X12Invoice810(invoices))
                : Optional.empty();
          }

          @Override
          public String reads() {
            return "810";
          }
        };
    new X12EnvelopeReader(fileName, content, acknowledgments::accept).read(in, schemas);
  }

  /**
   * Reads strictly: every transaction set must be an 810 that is accepted, else the file is
   * invalid.
   */
  public List<Invoice> read(String fileName, InputStream in)
      throws InvalidFileException, IOException {
    AcknowledgmentCollector acknowledgments = new AcknowledgmentCollector();
    List<Invoice> invoices = new ArrayList<>();
    read(fileName, in, invoices::add, acknowledgments);
    List<String> problems = acknowledgments.problems();
    if (!problems.isEmpty()) {
      String first = problems.get(0);
      int colon = first.indexOf(": ");
      throw new InvalidFileException(
          fileName, first.substring(0, colon), first.substring(colon + 2));
    }
    return invoices;
  }
}
