package org.arhub.formats.camt;

import java.util.Optional;
import org.arhub.formats.InvalidFileException;

/**
 * BranchAndFinancialInstitutionIdentification (Acct/Svcr, RltdAgts/DbtrAgt, CdtrAgt, a party that
 * is an agent): FinInstnId with BIC (BICFI from .04 on), clearing member id and name.
 */
record CamtAgent(Optional<String> bic, Optional<String> memberId, Optional<String> name) {

  static CamtAgent read(XmlCursor x) throws InvalidFileException {
    CamtAgent agent = new CamtAgent(Optional.empty(), Optional.empty(), Optional.empty());
    while (x.nextChild()) {
      if (x.name().equals("FinInstnId")) {
        agent = financialInstitution(x);
      } else {
        x.skip();
      }
    }
    return agent;
  }

  /** The id a bank is known by: its BIC, else its clearing system member id. */
  Optional<String> id() {
    return bic.or(() -> memberId);
  }

  private static CamtAgent financialInstitution(XmlCursor x) throws InvalidFileException {
    String bic = null;
    String memberId = null;
    String name = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "BIC", "BICFI" -> bic = CamtAccount.blankToNull(x.text());
        case "ClrSysMmbId" -> memberId = memberId(x);
        case "Nm" -> name = CamtAccount.blankToNull(x.text());
        default -> x.skip();
      }
    }
    return new CamtAgent(
        Optional.ofNullable(bic), Optional.ofNullable(memberId), Optional.ofNullable(name));
  }

  private static String memberId(XmlCursor x) throws InvalidFileException {
    String id = null;
    while (x.nextChild()) {
      if (x.name().equals("MmbId")) {
        id = CamtAccount.blankToNull(x.text());
      } else {
        x.skip();
      }
    }
    return id;
  }
}
