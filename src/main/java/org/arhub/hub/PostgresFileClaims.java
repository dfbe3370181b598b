package org.arhub.hub;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camel's idempotent repository in PostgreSQL: a file is claimed by inserting its key, atomically,
 * so of several hub instances polling one directory exactly one takes each file. (Camel's own JDBC
 * repository checks, then inserts, which races between nodes.)
 */
public class PostgresFileClaims extends ServiceSupport implements IdempotentRepository {
  private final JdbcTemplate jdbc;
  private final String processorName;

  public PostgresFileClaims(JdbcTemplate jdbc, String processorName) {
    this.jdbc = jdbc;
    this.processorName = processorName;
  }

  @Override
  public boolean add(String key) {
    return jdbc.update(
            "insert into file_claim(processor_name, message_id) values (?, ?) on conflict do nothing",
            processorName,
            key)
        == 1;
  }

  @Override
  public boolean contains(String key) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from file_claim where processor_name = ? and message_id = ?",
            Integer.class,
            processorName,
            key);
    return n != null && n > 0;
  }

  /**
   * Camel removes the claim when processing failed, so the file is taken again at the next poll.
   */
  @Override
  public boolean remove(String key) {
    return jdbc.update(
            "delete from file_claim where processor_name = ? and message_id = ?",
            processorName,
            key)
        == 1;
  }

  @Override
  public boolean confirm(String key) {
    return true;
  }

  @Override
  public void clear() {
    jdbc.update("delete from file_claim where processor_name = ?", processorName);
  }
}
