package org.arhub.ledger;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the chart of accounts may choose an account by, besides the event: the company, the
 * currency, the customer's group (empty while the customer is unknown) and, for revenue and tax
 * lines, the tax category and rate.
 */
public record PostingContext(
    Optional<String> company,
    String currency,
    Optional<String> customerGroup,
    Optional<String> taxCategory,
    Optional<BigDecimal> taxRate) {

  public static PostingContext of(String currency) {
    return new PostingContext(
        Optional.empty(), currency, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public PostingContext withCustomerGroup(Optional<String> group) {
    return new PostingContext(company, currency, group, taxCategory, taxRate);
  }

  public PostingContext withTax(String category, BigDecimal rate) {
    return new PostingContext(
        company, currency, customerGroup, Optional.ofNullable(category), Optional.ofNullable(rate));
  }
}
