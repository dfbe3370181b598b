package org.arhub.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.arhub.ledger.JournalEntry;
import org.arhub.ledger.JournalLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes journal entries one at a time, each once: an entry whose posting id is already journalled
 * is left as it is. The database moves an entry dated in a closed period to the next open one.
 */
final class JournalWriter {
  private final JdbcTemplate jdbc;

  JournalWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns true when the entry was journalled now, false when it was there already. */
  boolean post(JournalEntry entry) {
    Long reverses =
        entry
            .reverses()
            .map(
                original ->
                    jdbc.queryForObject(
                        "select id from journal_entry where posting_id = ?", Long.class, original))
            .orElse(null);
    List<Long> id =
        jdbc.queryForList(
            """
            insert into journal_entry(posting_id, entry_date, description, source, source_ref, reverses_entry_id)
            values (?, ?, ?, ?, ?, ?) on conflict (posting_id) do nothing returning id""",
            Long.class,
            entry.postingId(),
            Date.valueOf(entry.entryDate()),
            entry.description(),
            entry.source(),
            entry.sourceRef(),
            reverses);
    if (id.isEmpty()) {
      return false;
    }
    List<Object[]> lines = new ArrayList<>();
    for (JournalLine line : entry.lines()) {
      lines.add(
          new Object[] {
            id.get(0),
            line.account(),
            line.debit(),
            line.credit(),
            line.currency(),
            line.memo().orElse(null)
          });
    }
    jdbc.batchUpdate(
        "insert into journal_line(entry_id, account, debit, credit, currency, memo) values (?, ?, ?, ?, ?, ?)",
        lines);
    return true;
  }
}
