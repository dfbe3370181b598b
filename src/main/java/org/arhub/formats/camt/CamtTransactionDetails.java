package org.arhub.formats.camt;

import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Direction;
import org.arhub.model.Money;
import org.arhub.model.Party;

/**
 * TxDtls: one payment inside an entry, as read. A batch booking has many; in a net batch each
 * carries its own CdtDbtInd. Which amount, id and counterparty the payment gets is decided by
 * {@link CamtEntry}, which knows the entry around it.
 */
final class CamtTransactionDetails {
  private String accountServicerRef;
  private String endToEndId;
  private Money amount;
  private Money transactionAmount;
  private Direction direction;
  private String returnReason;
  private final CamtRelatedParties parties = new CamtRelatedParties();
  private final CamtRemittance remittance = new CamtRemittance();

  static CamtTransactionDetails read(XmlCursor x) throws InvalidFileException {
    CamtTransactionDetails tx = new CamtTransactionDetails();
    while (x.nextChild()) {
      switch (x.name()) {
        case "Refs" -> tx.references(x);
        case "Amt" -> tx.amount = CamtValues.amount(x);
        case "CdtDbtInd" -> tx.direction = CamtValues.direction(x);
        case "AmtDtls" -> tx.transactionAmount = transactionAmount(x);
        case "RltdPties" -> tx.parties.readParties(x);
        case "RltdAgts" -> tx.parties.readAgents(x);
        case "RmtInf" -> tx.remittance.read(x);
        case "RtrInf" -> tx.returnReason = returnReason(x);
        case "AddtlTxInf" -> tx.remittance.addText(x.text());
        default -> x.skip();
      }
    }
    return tx;
  }

  Optional<String> accountServicerRef() {
    return Optional.ofNullable(accountServicerRef);
  }

  /** Refs/EndToEndId; "NOTPROVIDED" is the scheme's way of saying there is none. */
  Optional<String> endToEndId() {
    return Optional.ofNullable(endToEndId)
        .filter(id -> !id.isEmpty() && !id.equalsIgnoreCase("NOTPROVIDED"));
  }

  /**
   * The payment's amount in {@code currency}: TxDtls/Amt, else AmtDtls/TxAmt/Amt, if in that
   * currency.
   */
  Optional<Money> amountIn(String currency) {
    if (amount != null && amount.currency().equals(currency)) {
      return Optional.of(amount);
    }
    return Optional.ofNullable(transactionAmount).filter(m -> m.currency().equals(currency));
  }

  /** The amount the payment states (TxDtls/Amt, else AmtDtls/TxAmt/Amt), in whatever currency. */
  Optional<Money> statedAmount() {
    return Optional.ofNullable(amount != null ? amount : transactionAmount);
  }

  Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  Optional<String> returnReason() {
    return Optional.ofNullable(returnReason).filter(r -> !r.isEmpty());
  }

  Party counterparty(Direction booked, String ownAccount) {
    return parties.counterparty(booked, ownAccount);
  }

  /**
   * What the payer said (RmtInf), then the bank's words on the payment (AddtlTxInf), which follow
   * it in the schema.
   */
  CamtRemittance remittance() {
    return remittance;
  }

  private void references(XmlCursor x) throws InvalidFileException {
    while (x.nextChild()) {
      switch (x.name()) {
        case "AcctSvcrRef" -> accountServicerRef = CamtAccount.blankToNull(x.text());
        case "EndToEndId" -> endToEndId = x.text();
        default -> x.skip();
      }
    }
  }

  /** AmtDtls/TxAmt/Amt. */
  private static Money transactionAmount(XmlCursor x) throws InvalidFileException {
    Money result = null;
    while (x.nextChild()) {
      if (x.name().equals("TxAmt")) {
        while (x.nextChild()) {
          if (x.name().equals("Amt")) {
            result = CamtValues.amount(x);
          } else {
            x.skip();
          }
        }
      } else {
        x.skip();
      }
    }
    return result;
  }

  /** RtrInf/Rsn: Cd, else Prtry. */
  private static String returnReason(XmlCursor x) throws InvalidFileException {
    String code = null;
    String proprietary = null;
    while (x.nextChild()) {
      if (x.name().equals("Rsn")) {
        while (x.nextChild()) {
          switch (x.name()) {
            case "Cd" -> code = x.text();
            case "Prtry" -> proprietary = x.text();
            default -> x.skip();
          }
        }
      } else {
        x.skip();
      }
    }
    return code != null && !code.isEmpty() ? code : proprietary;
  }
}
