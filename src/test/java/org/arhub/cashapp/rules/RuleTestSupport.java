package org.arhub.cashapp.rules;

import java.util.List;
import org.arhub.cashapp.CustomerIdentifier;
import org.arhub.cashapp.Fixtures;
import org.arhub.cashapp.IncomingPayment;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.OpenItemIndex;
import org.arhub.cashapp.RuleSetFile;

/** A customer C1 (account ACCT1) with the given open invoices, and a context for a payment. */
final class RuleTestSupport {
  private RuleTestSupport() {}

  static OpenItemIndex index(OpenInvoice... invoices) {
    return Fixtures.index(
        List.of(
            Fixtures.customer("C1", "Acme GmbH", "ACCT1"),
            Fixtures.customer("C2", "Borg Ltd", "ACCT2")),
        List.of(invoices));
  }

  static MatchContext context(OpenItemIndex index, IncomingPayment payment) {
    return new MatchContext(
        payment,
        new CustomerIdentifier(index).identify(payment),
        index,
        RuleSetFile.standard().policy());
  }
}
