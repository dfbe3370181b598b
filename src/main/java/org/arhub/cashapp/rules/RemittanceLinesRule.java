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
 * The advice lists invoices with what it pays on each (820 RMR, camt RfrdDocAmt, lockbox overflow
 * records): every line must resolve to one invoice, exactly by its reference or, when its amount
 * confirms it, by a reference one typo away.
 */
public final class RemittanceLinesRule implements MatchingRule {
  static final BigDecimal CONFIDENCE = new BigDecimal("0.98");
  static final BigDecimal WITH_TYPO = new BigDecimal("0.95");
  static final BigDecimal SOME_UNRESOLVED = new BigDecimal("0.70");

  @Override
  public String name() {
    return "REMITTANCE_LINES";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    List<RemittanceLine> lines = context.payment().lines();
    if (lines.isEmpty() || lines.stream().anyMatch(l -> l.paid().isEmpty())) {
      return List.of();
    }
    List<Claim> claims = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    boolean typo = false;
    for (RemittanceLine line : lines) {
      Optional<OpenInvoice> exact = context.resolveOne(ReferenceKey.of(line.reference()));
      Optional<OpenInvoice> found =
          exact.or(
              () -> FuzzyReferenceRule.oneEditAway(context, line.reference(), line.paid().get()));
      if (found.isPresent()) {
        typo |= exact.isEmpty();
        claims.add(new Claim(found.get(), Optional.of(line), line.reference()));
        evidence.add(
            "line %d '%s' pays %s on invoice %s%s"
                .formatted(
                    line.lineNo(),
                    line.reference(),
                    line.paid().get().toPlainString(),
                    found.get().number(),
                    exact.isEmpty() ? " (one typo, amount confirms)" : ""));
      } else {
        evidence.add(
            "line %d '%s' names no single invoice".formatted(line.lineNo(), line.reference()));
      }
    }
    if (claims.isEmpty()) {
      return List.of();
    }
    BigDecimal confidence =
        claims.size() < lines.size() ? SOME_UNRESOLVED : typo ? WITH_TYPO : CONFIDENCE;
    return List.of(new Proposal(name(), claims, confidence, false, evidence));
  }
}
