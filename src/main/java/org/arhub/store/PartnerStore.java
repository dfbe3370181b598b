package org.arhub.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.arhub.partner.Partner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors the partner files into the database so inbound files, invoices and alerts can refer to
 * them.
 */
@Repository
public class PartnerStore {
  private final JdbcTemplate jdbc;

  public PartnerStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void upsert(Partner partner) {
    jdbc.update(
        """
        insert into partner(id, name, kind, config, active, loaded_at) values (?, ?, ?, ?::jsonb, true, now())
        on conflict (id) do update set name = excluded.name, kind = excluded.kind, config = excluded.config,
                                       active = true, loaded_at = now()""",
        partner.id(),
        partner.name(),
        partner.kind().name(),
        AuditLog.json(summary(partner)));
  }

  /** What is recorded of a partner: where it is and what it sends, never a credential. */
  private static Map<String, Object> summary(Partner partner) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", partner.source().toString());
    partner
        .sftp()
        .ifPresent(
            s -> out.put("sftp", Map.of("host", s.host(), "port", s.port(), "user", s.user())));
    out.put(
        "feeds",
        partner.feeds().stream()
            .map(
                f ->
                    Map.of(
                        "name",
                        f.name(),
                        "directory",
                        f.directory(),
                        "format",
                        f.format().map(x -> x.id()).orElse("auto")))
            .toList());
    out.put(
        "emails",
        Map.of(
            "remittance",
            partner.contacts().remittanceEmails(),
            "invoices",
            partner.contacts().invoiceEmails()));
    partner
        .edi()
        .ifPresent(
            e ->
                out.put(
                    "edi",
                    Map.of(
                        "isaQualifier", e.isaQualifier(), "isaId", e.isaId(), "gsId", e.gsId())));
    return out;
  }
}
