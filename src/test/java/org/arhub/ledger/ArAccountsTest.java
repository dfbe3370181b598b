package org.arhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArAccountsTest {
  private static final String GOOD =
      """
      bank: "1200"
      receivables: "1100"
      unapplied_cash: "2400"
      on_account: "2410"
      discounts_allowed: 4900
      write_offs: "6800"
      disputes: "1150"
      """;

  @Test
  void theShippedFileNamesEveryAccount() {
    ArAccounts accounts = ArAccounts.standard();

    assertThat(accounts.bank()).isEqualTo("1200");
    assertThat(accounts.unappliedCash()).isEqualTo("2400");
    assertThat(accounts.disputes()).isNotBlank();
  }

  @Test
  void numbersWithoutQuotesAreAccountNumbersToo() {
    assertThat(ArAccounts.read(GOOD, "a.yaml").discountsAllowed()).isEqualTo("4900");
  }

  @Test
  void anUnknownKeyNamesTheFileAndTheKey() {
    assertThatThrownBy(() -> ArAccounts.read(GOOD + "cash: \"1000\"\n", "ledger.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ledger.yaml: ")
        .hasMessageContaining("unknown key 'cash'");
  }

  @Test
  void everyMissingKeyIsReportedAtOnce() {
    String yaml = GOOD.replace("bank: \"1200\"\n", "").replace("disputes: \"1150\"\n", "");

    assertThatThrownBy(() -> ArAccounts.read(yaml, "ledger.yaml"))
        .hasMessageContaining("bank: missing")
        .hasMessageContaining("disputes: missing");
  }

  @Test
  void anEmptyAccountIsRefused() {
    assertThatThrownBy(() -> ArAccounts.read(GOOD.replace("\"6800\"", "\"\""), "l.yaml"))
        .hasMessageContaining("write_offs: expected an account number");
  }

  @Test
  void aFileThatIsNoMappingIsRefused() {
    assertThatThrownBy(() -> ArAccounts.read("- bank", "l.yaml"))
        .hasMessageStartingWith("l.yaml: expected a mapping");
  }
}
