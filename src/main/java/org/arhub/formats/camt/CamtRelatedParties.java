package org.arhub.formats.camt;

import java.util.Locale;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Direction;
import org.arhub.model.Party;

/**
 * TxDtls/RltdPties and TxDtls/RltdAgts: who is on either side of a payment. The counterparty of a
 * credit is the debtor (Dbtr, DbtrAcct, DbtrAgt), of a debit the creditor; the ultimate party
 * stands in for a debtor/creditor that has no name. Up to .07 a party is written directly ({@code
 * <Dbtr><Nm>}), from .08 on as a choice of {@code <Pty>} or {@code <Agt>}.
 */
final class CamtRelatedParties {
  private Side debtor = Side.NONE;
  private Side creditor = Side.NONE;

  /** Reads RltdPties. */
  void readParties(XmlCursor x) throws InvalidFileException {
    while (x.nextChild()) {
      switch (x.name()) {
        case "Dbtr" -> debtor = debtor.withParty(party(x));
        case "Cdtr" -> creditor = creditor.withParty(party(x));
        case "UltmtDbtr" -> debtor = debtor.withUltimate(party(x).name());
        case "UltmtCdtr" -> creditor = creditor.withUltimate(party(x).name());
        case "DbtrAcct" -> debtor = debtor.withAccount(CamtAccount.read(x).id());
        case "CdtrAcct" -> creditor = creditor.withAccount(CamtAccount.read(x).id());
        default -> x.skip();
      }
    }
  }

  /** Reads RltdAgts. */
  void readAgents(XmlCursor x) throws InvalidFileException {
    while (x.nextChild()) {
      switch (x.name()) {
        case "DbtrAgt" -> debtor = debtor.withAgent(CamtAgent.read(x).id());
        case "CdtrAgt" -> creditor = creditor.withAgent(CamtAgent.read(x).id());
        default -> x.skip();
      }
    }
  }

  /**
   * The other side of a payment booked in {@code direction} on {@code ownAccount}: the debtor of a
   * credit, the creditor of a debit. Where that side is the reported account itself, as banks write
   * some returns and reversals (the original payment's parties), the other side is the
   * counterparty.
   */
  Party counterparty(Direction direction, String ownAccount) {
    Side side = direction == Direction.CREDIT ? debtor : creditor;
    Side other = direction == Direction.CREDIT ? creditor : debtor;
    return (side.isAccount(ownAccount) && !other.isAccount(ownAccount) ? other : side).toParty();
  }

  private static CamtParty party(XmlCursor x) throws InvalidFileException {
    CamtParty party = CamtParty.NONE;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Nm" ->
            party =
                new CamtParty(
                    Optional.ofNullable(CamtAccount.blankToNull(x.text())), party.bankId());
        case "Pty" -> party = party(x);
        case "Agt" -> {
          CamtAgent agent = CamtAgent.read(x);
          party = new CamtParty(agent.name(), agent.id());
        }
        default -> x.skip();
      }
    }
    return party;
  }

  /** A party's name, and the bank id when the party is itself a financial institution. */
  private record CamtParty(Optional<String> name, Optional<String> bankId) {
    static final CamtParty NONE = new CamtParty(Optional.empty(), Optional.empty());
  }

  /** One side of the payment as read so far. */
  private record Side(
      CamtParty party,
      Optional<String> ultimateName,
      Optional<String> account,
      Optional<String> agent) {
    static final Side NONE =
        new Side(CamtParty.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    Side withParty(CamtParty p) {
      return new Side(p, ultimateName, account, agent);
    }

    Side withUltimate(Optional<String> name) {
      return new Side(party, name, account, agent);
    }

    Side withAccount(Optional<String> id) {
      return new Side(party, ultimateName, id, agent);
    }

    Side withAgent(Optional<String> id) {
      return new Side(party, ultimateName, account, id);
    }

    boolean isAccount(String id) {
      return account.isPresent() && sameAccount(account.get(), id);
    }

    /**
     * compact(a).equals(compact(b)) without building either string when both are ASCII, as IBANs
     * and account numbers are.
     */
    private static boolean sameAccount(String a, String b) {
      int i = 0;
      int j = 0;
      while (true) {
        while (i < a.length() && a.charAt(i) == ' ') {
          i++;
        }
        while (j < b.length() && b.charAt(j) == ' ') {
          j++;
        }
        if (i == a.length() || j == b.length()) {
          return i == a.length() && j == b.length();
        }
        char ca = a.charAt(i++);
        char cb = b.charAt(j++);
        if (ca >= 0x80 || cb >= 0x80) {
          return compact(a).equals(compact(b));
        }
        if (ca != cb && upper(ca) != upper(cb)) {
          return false;
        }
      }
    }

    private static char upper(char c) {
      return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static String compact(String id) {
      return id.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    Party toParty() {
      return new Party(party.name().or(() -> ultimateName), account, agent.or(party::bankId));
    }
  }
}
