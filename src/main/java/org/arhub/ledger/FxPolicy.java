package org.arhub.ledger;

import java.util.Optional;

/**
 * How realised FX differences are posted: the company's functional currency and where exchange
 * rates come from. Without a rate source ({@code rate_source: none}) the hub posts every event in
 * its document currency only and no FX difference at all.
 *
 * @param rateSource the rates CSV (date,currency,rate: functional units per document unit), or
 *     empty for none
 */
public record FxPolicy(String functionalCurrency, Optional<String> rateSource) {
  public static FxPolicy none(String functionalCurrency) {
    return new FxPolicy(functionalCurrency, Optional.empty());
  }

  public boolean postsFxDifferences() {
    return rateSource.isPresent();
  }
}
