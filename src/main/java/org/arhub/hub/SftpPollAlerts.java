package org.arhub.hub;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns failed SFTP polls into alerts. A refused host key is the important one: it means the bank
 * server was replaced or someone sits in between, and the hub must not connect until a person
 * checks the new key and pins it. Alerts are raised when a route's failure changes, not per poll.
 */
@Component("sftpPollAlerts")
public class SftpPollAlerts implements PollingConsumerPollStrategy {
  private static final Logger log = LoggerFactory.getLogger(SftpPollAlerts.class);
  private final Alerts alerts;
  private final Map<String, AlertKind> failing = new ConcurrentHashMap<>();

  public SftpPollAlerts(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public boolean begin(Consumer consumer, Endpoint endpoint) {
    return true;
  }

  @Override
  public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    AlertKind previous = failing.remove(routeId(consumer));
    if (previous != null) {
      log.info("route {} polls again after {}", routeId(consumer), previous);
    }
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
    String routeId = routeId(consumer);
    AlertKind kind = classify(cause);
    if (failing.put(routeId, kind) != kind) {
      alerts.raise(
          kind, PartnerRoutes.partnerOf(routeId), subject(kind, endpoint), describe(cause));
    }
    return false;
  }

  static AlertKind classify(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("HostKey has been changed") || message.contains("reject HostKey")) {
        return AlertKind.HOST_KEY_REFUSED;
      }
      if (message.contains("Auth fail") || message.contains("Auth cancel")) {
        return AlertKind.SFTP_AUTH_FAILED;
      }
    }
    return AlertKind.SFTP_UNREACHABLE;
  }

  private static String subject(AlertKind kind, Endpoint endpoint) {
    String where = endpoint.toString();
    return switch (kind) {
      case HOST_KEY_REFUSED ->
          "SFTP host key does not match the pinned key: " + where + " — not connecting";
      case SFTP_AUTH_FAILED -> "SFTP login refused: " + where;
      default -> "SFTP poll failed: " + where;
    };
  }

  private static String describe(Throwable cause) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return out.toString().trim();
  }

  private static String routeId(Consumer consumer) {
    return consumer instanceof RouteIdAware aware ? aware.getRouteId() : String.valueOf(consumer);
  }
}
