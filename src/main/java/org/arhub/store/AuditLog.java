package org.arhub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends to the audit log; the database refuses updates and deletes of it. */
@Repository
public class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JdbcTemplate jdbc;

  public AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(
      String actor, String action, String entity, Object entityId, Map<String, ?> detail) {
    jdbc.update(
        "insert into audit_log(actor, action, entity, entity_id, detail) values (?, ?, ?, ?, ?::jsonb)",
        actor,
        action,
        entity,
        entityId == null ? null : entityId.toString(),
        json(detail));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable to JSON: " + value, e);
    }
  }
}
