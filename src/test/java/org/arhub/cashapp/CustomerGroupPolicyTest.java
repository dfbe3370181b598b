package org.arhub.cashapp;

import static org.arhub.cashapp.Fixtures.invoice;
import static org.arhub.cashapp.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settlement per customer group: rules.yaml {@code settlement.groups}. */
class CustomerGroupPolicyTest {
  private final RuleSet rules = RuleSetFile.standard();

  private Decision shortPaidBy(Optional<String> group) {
    OpenItemIndex index =
        Fixtures.index(
            List.of(new Customer("C1", "Acme GmbH", List.of("ACCT1"), Optional.empty(), group)),
            List.of(invoice("INV-1001", "C1", "2000.00")));
    return new CashApplicationEngine(rules, index)
        .decide(payment("P", "1960.00").from(null, "ACCT1").text("INV-1001").build());
  }

  @Test
  void aKeyAccountsShortfallWithinItsLargerToleranceIsWrittenOff() {
    Decision keyAccount = shortPaidBy(Optional.of("KEY_ACCOUNTS"));
    Decision standard = shortPaidBy(Optional.empty());

    assertThat(keyAccount.allocations().get(0).writeOff()).isEqualByComparingTo("40.00");
    assertThat(keyAccount.evidence()).contains("settlement policy of customer group KEY_ACCOUNTS");
    assertThat(standard.allocations().get(0).writeOff()).isEqualByComparingTo("0");
    assertThat(standard.allocations().get(0).cash()).isEqualByComparingTo("1960.00");
  }

  @Test
  void aGroupStatesOnlyWhatDiffersAndKeepsTheRest() {
    SettlementPolicy noWriteOff = rules.policyFor(Optional.of("NO_WRITE_OFF"));

    assertThat(noWriteOff.toleranceAmount().get("*")).isEqualByComparingTo("0");
    assertThat(noWriteOff.tolerancePercent())
        .isEqualByComparingTo(rules.policy().tolerancePercent());
    assertThat(noWriteOff.discountGraceDays()).isEqualTo(rules.policy().discountGraceDays());
    assertThat(rules.policyFor(Optional.of("UNKNOWN_GROUP"))).isSameAs(rules.policy());
  }

  @Test
  void aBadGroupIsNamedByItsKey() {
    String yaml =
        """
        version: "t"
        autoApplyThreshold: 0.85
        rules: [EXACT_REFERENCE]
        settlement:
          toleranceAmount: {"*": "15.00"}
          tolerancePercent: "2"
          discountGraceDays: 2
          groups:
            VIP:
              discountGraceDays: -1
        """;

    assertThatThrownBy(() -> RuleSetFile.read(yaml, "rules.yaml"))
        .hasMessageContaining("rules.yaml: settlement.groups.VIP.discountGraceDays");
  }
}
