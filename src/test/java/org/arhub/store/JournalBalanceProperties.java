package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.arhub.testsupport.TestDatabase;

/**
 * The balance trigger agrees with arithmetic: an entry commits exactly when its debits equal its
 * credits.
 */
class JournalBalanceProperties {
  private static DataSource db;

  @BeforeContainer
  static void migrate() {
    db = TestDatabase.migratedDatabase("journal_balance");
  }

  @Property(tries = 50)
  void entryCommitsIffDebitsEqualCredits(
      @ForAll("amounts") List<BigDecimal> debits,
      @ForAll("amounts") List<BigDecimal> credits,
      @ForAll boolean closeTheGap)
      throws SQLException {
    // Random lists almost never balance by chance; half of the tries add the line that closes the
    // gap.
    List<BigDecimal> d = new ArrayList<>(debits);
    List<BigDecimal> c = new ArrayList<>(credits);
    BigDecimal gap = sum(d).subtract(sum(c));
    if (closeTheGap && gap.signum() > 0) {
      c.add(gap);
    } else if (closeTheGap && gap.signum() < 0) {
      d.add(gap.negate());
    }
    boolean balanced = sum(d).compareTo(sum(c)) == 0;
    Statistics.collect(balanced ? "balanced" : "unbalanced");
    // both answers must actually be exercised, or the property proves nothing
    Statistics.coverage(
        coverage -> {
          coverage.check("balanced").count(n -> n >= 10);
          coverage.check("unbalanced").count(n -> n >= 10);
        });

    assertThat(commits(d, c)).isEqualTo(balanced);
  }

  @Provide
  Arbitrary<List<BigDecimal>> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("99999.99"))
        .ofScale(2)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  private static boolean commits(List<BigDecimal> debits, List<BigDecimal> credits)
      throws SQLException {
    try (Connection connection = db.getConnection()) {
      connection.setAutoCommit(false);
      long entry = entry(connection);
      for (BigDecimal debit : debits) {
        line(connection, entry, "1200-BANK", debit, BigDecimal.ZERO);
      }
      for (BigDecimal credit : credits) {
        line(connection, entry, "1100-AR", BigDecimal.ZERO, credit);
      }
      try {
        connection.commit();
        return true;
      } catch (SQLException refused) {
        assertThat(refused.getMessage()).contains("journal entry " + entry + " does not balance");
        return false;
      }
    }
  }

  private static long entry(Connection connection) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into journal_entry(posting_id, entry_date, description, source) "
                + "values (?, current_date, 'property', 'TEST') returning id")) {
      ps.setString(1, "prop-" + UUID.randomUUID());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void line(
      Connection connection, long entry, String account, BigDecimal debit, BigDecimal credit)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into journal_line(entry_id, account, debit, credit, currency) values (?, ?, ?, ?, 'EUR')")) {
      ps.setLong(1, entry);
      ps.setString(2, account);
      ps.setBigDecimal(3, debit);
      ps.setBigDecimal(4, credit);
      ps.executeUpdate();
    }
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
