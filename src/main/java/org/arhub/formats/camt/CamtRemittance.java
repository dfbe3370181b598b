package org.arhub.formats.camt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.DocumentReference;
import org.arhub.model.Money;
import org.arhub.model.RemittanceInfo;

/**
 * RmtInf of one payment: unstructured lines (Ustrd) and structured blocks (Strd) with the invoices
 * paid (RfrdDocInf + RfrdDocAmt) and the creditor reference (CdtrRefInf). Text that is not a
 * reference to use is kept, in document order, as unstructured text: AddtlRmtInf, a second creditor
 * reference, and one that fails its check digit (see {@link CreditorReference}).
 */
final class CamtRemittance {
  private final List<String> text = new ArrayList<>(2);
  private final List<Reference> references = new ArrayList<>(1);
  private String creditorReference;

  /**
   * An invoice the payer names; its amount is kept with its currency until the statement's is
   * known.
   */
  private record Reference(
      String invoice, Money amount, Optional<String> type, Optional<LocalDate> date) {
    Reference withAmount(Money paid) {
      return new Reference(invoice, paid, type, date);
    }
  }

  void read(XmlCursor x) throws InvalidFileException {
    while (x.nextChild()) {
      switch (x.name()) {
        case "Ustrd" -> addText(x.text());
        case "Strd" -> structured(x);
        default -> x.skip();
      }
    }
  }

  void addText(String line) {
    if (!line.isEmpty()) {
      text.add(line);
    }
  }

  /**
   * Adds what another payment's remittance says after this one's: the remittance of a batch that
   * cannot be split.
   */
  void append(CamtRemittance other) {
    text.addAll(other.text);
    references.addAll(other.references);
    if (other.creditorReference != null) {
      if (creditorReference == null) {
        creditorReference = other.creditorReference;
      } else {
        text.add(other.creditorReference);
      }
    }
  }

  /**
   * The model's view: reference amounts are kept only when stated in the statement's currency, as a
   * {@link DocumentReference} amount has no currency of its own.
   */
  RemittanceInfo toModel(String statementCurrency) {
    List<DocumentReference> documents = new ArrayList<>(references.size());
    for (Reference r : references) {
      Optional<Money> amount =
          Optional.ofNullable(r.amount()).filter(m -> m.currency().equals(statementCurrency));
      documents.add(
          new DocumentReference(r.invoice(), amount.map(Money::amount), r.type(), r.date()));
    }
    return new RemittanceInfo(text, documents, Optional.ofNullable(creditorReference));
  }

  /**
   * Strd: the amount of RfrdDocAmt belongs to the document only when the block names one document.
   */
  private void structured(XmlCursor x) throws InvalidFileException {
    int first = references.size();
    Money amount = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "RfrdDocInf" -> referredDocument(x);
        case "RfrdDocAmt" -> amount = remittedAmount(x);
        case "CdtrRefInf" -> creditorReference(x);
        case "AddtlRmtInf" -> addText(x.text());
        default -> x.skip();
      }
    }
    if (amount != null && references.size() == first + 1) {
      references.set(first, references.get(first).withAmount(amount));
    }
  }

  private void referredDocument(XmlCursor x) throws InvalidFileException {
    String number = null;
    String type = null;
    LocalDate date = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Nb" -> number = x.text();
        case "Tp" -> type = codeOrProprietary(x);
        case "RltdDt" -> date = relatedDate(x);
        default -> x.skip();
      }
    }
    if (number != null && !number.isEmpty()) {
      references.add(
          new Reference(number, null, Optional.ofNullable(type), Optional.ofNullable(date)));
    }
  }

  /** RltdDt is an ISODate up to .09 and DateAndType1 (with Dt) from .10 on. */
  private static LocalDate relatedDate(XmlCursor x) throws InvalidFileException {
    String value = x.textOrChild("Dt");
    LocalDate date = CamtValues.parseDate(value);
    if (date == null && !value.isEmpty()) {
      throw x.errorInLeft("'" + value + "' is not a date (YYYY-MM-DD)");
    }
    return date;
  }

  /** RfrdDocAmt: what was paid (RmtdAmt), else what was due (DuePyblAmt). */
  private static Money remittedAmount(XmlCursor x) throws InvalidFileException {
    Money remitted = null;
    Money due = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "RmtdAmt" -> remitted = CamtValues.amount(x);
        case "DuePyblAmt" -> due = CamtValues.amount(x);
        default -> x.skip();
      }
    }
    return remitted != null ? remitted : due;
  }

  private void creditorReference(XmlCursor x) throws InvalidFileException {
    String reference = null;
    String type = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Ref" -> reference = x.text();
        case "Tp" -> type = codeOrProprietary(x);
        default -> x.skip();
      }
    }
    if (reference == null || reference.isEmpty()) {
      return;
    }
    Optional<String> accepted = CreditorReference.accepted(reference, type);
    if (accepted.isPresent() && creditorReference == null) {
      creditorReference = accepted.get();
    } else {
      addText(reference);
    }
  }

  /** Tp of a document or reference: CdOrPrtry/Cd or CdOrPrtry/Prtry. */
  private static String codeOrProprietary(XmlCursor x) throws InvalidFileException {
    String code = null;
    while (x.nextChild()) {
      if (x.name().equals("CdOrPrtry")) {
        while (x.nextChild()) {
          if ((x.name().equals("Cd") || x.name().equals("Prtry")) && code == null) {
            code = CamtAccount.blankToNull(x.text());
          } else {
            x.skip();
          }
        }
      } else {
        x.skip();
      }
    }
    return code;
  }
}
