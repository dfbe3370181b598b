package org.arhub.cashapp.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.cashapp.Claim;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.MatchingRule;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.Proposal;
import org.arhub.cashapp.ReferenceKey;
import org.arhub.cashapp.RemittanceLine;

/**
 * The payment names its invoices in structured form without amounts: a creditor reference (ISO
 * 11649 RF, whose body is the invoice number; Swiss QRR) or referenced documents (camt
 * RfrdDocInf/Nb, lockbox invoice numbers). Every reference must resolve, after {@link ReferenceKey}
 * normalisation, to one invoice.
 */
public final class ExactReferenceRule implements MatchingRule {
  static final BigDecimal CONFIDENCE = new BigDecimal("0.99");
  static final BigDecimal SOME_UNRESOLVED = new BigDecimal("0.70");

  @Override
  public String name() {
    return "EXACT_REFERENCE";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    List<RemittanceLine> lines = context.payment().lines();
    if (lines.stream().anyMatch(l -> l.paid().isPresent())) {
      return List.of(); // the advice states amounts: REMITTANCE_LINES reads them
    }
    List<String> references = new ArrayList<>();
    context.payment().creditorReference().map(ExactReferenceRule::body).ifPresent(references::add);
    lines.forEach(l -> references.add(l.reference()));
    if (references.isEmpty()) {
      return List.of();
    }
    List<Claim> claims = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (String reference : references) {
      Optional<OpenInvoice> invoice = context.resolveOne(ReferenceKey.of(reference));
      if (invoice.isPresent()) {
        claims.add(Claim.of(invoice.get(), reference));
        evidence.add("reference '" + reference + "' is invoice " + invoice.get().number());
      } else {
        evidence.add("reference '" + reference + "' names no single invoice");
      }
    }
    if (claims.isEmpty()) {
      return List.of();
    }
    BigDecimal confidence = claims.size() == references.size() ? CONFIDENCE : SOME_UNRESOLVED;
    return List.of(new Proposal(name(), claims, confidence, false, evidence));
  }

  /** ISO 11649: "RF" and two check digits, then the creditor's own reference. */
  static String body(String creditorReference) {
    String compact = creditorReference.replace(" ", "");
    return compact.startsWith("RF") && compact.length() > 4 ? compact.substring(4) : compact;
  }
}
