package org.arhub.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's invoice numbers, gap-free per series. The next number is taken by updating the series'
 * counter row, which locks it until the caller's transaction ends: a second hub instance waits,
 * then reads the committed value; a rollback (a refused insert) gives the number back. No SEQUENCE:
 * sequences do not roll back and would leave gaps.
 */
@Repository
public class InvoiceNumbers {
  private final JdbcTemplate jdbc;

  public InvoiceNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Must run in the transaction that inserts the invoice with the number. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String series) {
    jdbc.update(
        "insert into invoice_number_counter(series) values (?) on conflict do nothing", series);
    return jdbc.queryForObject(
        "update invoice_number_counter set last_value = last_value + 1 where series = ? returning last_value",
        Long.class,
        series);
  }
}
