package org.arhub.hub;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the AR sub-ledger's journals go ({@code arhub.gl.*}). With none of {@code rest-url}, {@code
 * folder} or {@code target} set, nothing is exported: journals stay NOT_TRANSFERRED in the
 * reconciliation. Invoices are journalled in every case.
 */
@ConfigurationProperties("arhub.gl")
public class GeneralLedgerProperties {
  /**
   * The GL partner id (a partners/ file of kind gl). Alone, the batch files go into the outbound
   * outbox and leave through the partner's SFTP outbound route.
   */
  private String target;

  /** Push each batch as JSON to this endpoint instead (ARHUB_GL_REST_URL). */
  private URI restUrl;

  /** Write each batch's CSV and JSON into this folder instead (ARHUB_GL_FOLDER). */
  private Path folder;

  /** Milliseconds between rounds: journal new invoices, batch new lines, deliver. */
  private long periodMillis = 60_000;

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public URI getRestUrl() {
    return restUrl;
  }

  public void setRestUrl(URI restUrl) {
    this.restUrl = restUrl;
  }

  public Path getFolder() {
    return folder;
  }

  public void setFolder(Path folder) {
    this.folder = folder;
  }

  public long getPeriodMillis() {
    return periodMillis;
  }

  public void setPeriodMillis(long periodMillis) {
    this.periodMillis = periodMillis;
  }

  /** The batches' target id: the partner, or "gl" for a REST or folder target without one. */
  public String targetId() {
    return target != null ? target : "gl";
  }

  public boolean exports() {
    return target != null || restUrl != null || folder != null;
  }
}
