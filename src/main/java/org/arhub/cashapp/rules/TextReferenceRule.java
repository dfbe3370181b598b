package org.arhub.cashapp.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.Claim;
import org.arhub.cashapp.MatchContext;
import org.arhub.cashapp.MatchingRule;
import org.arhub.cashapp.OpenInvoice;
import org.arhub.cashapp.Proposal;
import org.arhub.cashapp.ReferenceTokens;

/**
 * Invoice numbers found in the payment's free text (camt Ustrd, BAI2 88 text, memo lines): every
 * token {@link ReferenceTokens} finds that names exactly one invoice.
 */
public final class TextReferenceRule implements MatchingRule {
  static final BigDecimal CONFIDENCE = new BigDecimal("0.95");

  @Override
  public String name() {
    return "TEXT_REFERENCE";
  }

  @Override
  public List<Proposal> propose(MatchContext context) {
    Map<String, Claim> claims = new LinkedHashMap<>();
    List<String> evidence = new ArrayList<>();
    for (String text : context.payment().texts()) {
      for (String key : ReferenceTokens.in(text)) {
        Optional<OpenInvoice> invoice = context.resolveOne(key);
        if (invoice.isPresent() && !claims.containsKey(invoice.get().number())) {
          claims.put(invoice.get().number(), Claim.of(invoice.get(), key));
          evidence.add(
              "text '" + text + "' names invoice " + invoice.get().number() + " (" + key + ")");
        } else if (invoice.isEmpty() && context.index().resolve(key).size() > 1) {
          evidence.add("'" + key + "' in the text names several invoices");
        }
      }
    }
    if (claims.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Proposal(name(), new ArrayList<>(claims.values()), CONFIDENCE, false, evidence));
  }
}
