package org.arhub.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound X12 control numbers per partner (ISA13, GS06). The next number is taken by updating one
 * row, which locks it until the caller's transaction ends: two hub instances never get the same
 * number, and a rolled-back send gives its number back (no gap, no reuse). Numbers wrap after
 * 999,999,999 as X12 allows.
 */
@Repository
public class ControlNumbers {
  public enum Kind {
    ISA,
    GS
  }

  private final JdbcTemplate jdbc;

  public ControlNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Must run inside the transaction that records what is sent with the number. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String partnerId, Kind kind) {
    jdbc.update(
        "insert into edi_control_number(partner_id, kind) values (?, ?) on conflict do nothing",
        partnerId,
        kind.name());
    return jdbc.queryForObject(
        """
        update edi_control_number set last_value = case when last_value >= 999999999 then 1 else last_value + 1 end
        where partner_id = ? and kind = ? returning last_value""",
        Long.class,
        partnerId,
        kind.name());
  }
}
