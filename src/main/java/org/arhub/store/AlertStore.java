package org.arhub.store;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Alerts raised for operations: quarantined files, refused host keys, unreachable partners. */
@Repository
public class AlertStore {
  private final JdbcTemplate jdbc;

  public AlertStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Alert(
      long id, String kind, String partnerId, String subject, String detail, Instant raisedAt) {}

  public long insert(String kind, String partnerId, String subject, String detail) {
    return jdbc.queryForObject(
        "insert into alert(kind, partner_id, subject, detail) values (?, ?, ?, ?) returning id",
        Long.class,
        kind,
        partnerId,
        subject,
        detail);
  }

  public List<Alert> recent(int limit) {
    return jdbc.query(
        "select id, kind, partner_id, subject, detail, raised_at from alert order by id desc limit ?",
        (rs, n) ->
            new Alert(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()),
        limit);
  }
}
