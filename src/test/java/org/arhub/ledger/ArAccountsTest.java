package org.arhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArAccountsTest {

  @Test
  void theShippedChartNamesEveryCashApplicationAccount() {
    ArAccounts accounts = ArAccounts.standard();

    assertThat(accounts.bank()).isEqualTo("1200");
    assertThat(accounts.unappliedCash()).isEqualTo("2400");
    assertThat(accounts.receivables()).isEqualTo("1100");
    assertThat(accounts.disputes()).isNotBlank();
  }

  @Test
  void eachRoleHasItsAccountWhateverTheContext() {
    ArAccounts accounts = new ArAccounts("B", "AR", "U", "OA", "D", "W", "DI");

    assertThat(
            accounts.account(
                LedgerEvent.APPLICATION, AccountRole.WRITE_OFFS, PostingContext.of("USD")))
        .isEqualTo("W");
    assertThatThrownBy(
            () ->
                accounts.account(
                    LedgerEvent.INVOICE_ISSUED, AccountRole.REVENUE, PostingContext.of("EUR")))
        .hasMessageContaining("no revenue (event invoice_issued)");
  }
}
