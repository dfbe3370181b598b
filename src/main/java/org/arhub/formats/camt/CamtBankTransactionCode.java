package org.arhub.formats.camt;

import java.util.Optional;
import org.arhub.formats.InvalidFileException;

/**
 * BkTxCd: the ISO bank transaction code "Domn/Fmly/SubFmly" (e.g. "PMNT/RCDT/ESCT"), else the
 * bank's proprietary code (Prtry/Cd), which is all some banks send.
 */
final class CamtBankTransactionCode {
  private CamtBankTransactionCode() {}

  static Optional<String> read(XmlCursor x) throws InvalidFileException {
    String domain = null;
    String proprietary = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Domn" -> domain = domain(x);
        case "Prtry" -> proprietary = proprietary(x);
        default -> x.skip();
      }
    }
    return Optional.ofNullable(domain != null ? domain : proprietary);
  }

  private static String domain(XmlCursor x) throws InvalidFileException {
    String code = "";
    String family = "";
    String subFamily = "";
    while (x.nextChild()) {
      switch (x.name()) {
        case "Cd" -> code = x.text();
        case "Fmly" -> {
          while (x.nextChild()) {
            switch (x.name()) {
              case "Cd" -> family = x.text();
              case "SubFmlyCd" -> subFamily = x.text();
              default -> x.skip();
            }
          }
        }
        default -> x.skip();
      }
    }
    if (code.isEmpty()) {
      return null;
    }
    String result = code;
    if (!family.isEmpty()) {
      result += "/" + family;
      if (!subFamily.isEmpty()) {
        result += "/" + subFamily;
      }
    }
    return result;
  }

  private static String proprietary(XmlCursor x) throws InvalidFileException {
    String code = null;
    while (x.nextChild()) {
      if (x.name().equals("Cd")) {
        code = CamtAccount.blankToNull(x.text());
      } else {
        x.skip();
      }
    }
    return code;
  }
}
