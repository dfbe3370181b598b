package org.arhub.hub;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code bankFileError} policy's action: an intake that failed for a reason outside the file
 * (database down, disk full) is reported; the file stays on the server for the next poll.
 */
@Component("intakeFailures")
public class IntakeFailures {
  private static final Logger log = LoggerFactory.getLogger(IntakeFailures.class);
  private final Alerts alerts;

  public IntakeFailures(Alerts alerts) {
    this.alerts = alerts;
  }

  public void failed(
      Exchange exchange,
      @Header("arhubPartner") String partnerId,
      @Header(Exchange.FILE_NAME_ONLY) String name) {
    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String reason = cause == null ? "unknown" : cause.toString();
    log.error(
        "intake of {} from {} failed; the file stays on the server and is retried: {}",
        name,
        partnerId,
        reason);
    try {
      alerts.raise(
          AlertKind.INTAKE_FAILED, partnerId, "intake of " + name + " failed; will retry", reason);
    } catch (RuntimeException e) {
      // The store itself may be the cause; the log line above is then the alert.
      log.error("could not record the alert: {}", e.toString());
    }
  }
}
