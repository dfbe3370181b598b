package org.arhub.formats.camt;

import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Money;

/**
 * CashAccount (Stmt/Acct, DbtrAcct, CdtrAcct): the account id as the bank writes it (Id/IBAN or
 * Id/Othr/Id), its currency (Ccy) and its servicer's id (Svcr, a BIC).
 */
record CamtAccount(Optional<String> id, Optional<String> currency, Optional<String> servicer) {

  static CamtAccount read(XmlCursor x) throws InvalidFileException {
    String id = null;
    String currency = null;
    String servicer = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Id" -> id = accountId(x);
        case "Ccy" -> currency = currency(x);
        case "Svcr" -> servicer = CamtAgent.read(x).id().orElse(null);
        default -> x.skip();
      }
    }
    return new CamtAccount(
        Optional.ofNullable(id), Optional.ofNullable(currency), Optional.ofNullable(servicer));
  }

  /** AccountIdentification4Choice: IBAN or Othr/Id. */
  private static String accountId(XmlCursor x) throws InvalidFileException {
    String id = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "IBAN" -> id = blankToNull(x.text());
        case "Othr" -> id = otherId(x);
        default -> x.skip();
      }
    }
    return id;
  }

  private static String otherId(XmlCursor x) throws InvalidFileException {
    String id = null;
    while (x.nextChild()) {
      if (x.name().equals("Id")) {
        id = blankToNull(x.text());
      } else {
        x.skip();
      }
    }
    return id;
  }

  private static String currency(XmlCursor x) throws InvalidFileException {
    String code = x.text();
    try {
      Money.scale(code);
    } catch (IllegalArgumentException e) {
      throw x.errorInLeft(e.getMessage());
    }
    return code;
  }

  static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
