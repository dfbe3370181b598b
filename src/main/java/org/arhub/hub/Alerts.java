package org.arhub.hub;

import io.micrometer.core.instrument.MeterRegistry;
import org.arhub.store.AlertStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells operations that something needs a person: recorded in the database (shown in the UI and
 * API), logged at ERROR, counted in {@code arhub_alerts_total}, and mailed when a recipient is set.
 */
@Component
public class Alerts {
  private static final Logger log = LoggerFactory.getLogger(Alerts.class);
  private final AlertStore store;
  private final MeterRegistry meters;
  private final ObjectProvider<JavaMailSender> mail;
  private final ArhubProperties properties;

  public Alerts(
      AlertStore store,
      MeterRegistry meters,
      ObjectProvider<JavaMailSender> mail,
      ArhubProperties properties) {
    this.store = store;
    this.meters = meters;
    this.mail = mail;
    this.properties = properties;
  }

  public void raise(AlertKind kind, String partnerId, String subject, String detail) {
    long id = store.insert(kind.name(), partnerId, subject, detail);
    meters.counter("arhub.alerts", "kind", kind.name()).increment();
    log.error("ALERT {} [{}] partner={}: {} — {}", id, kind, partnerId, subject, detail);
    sendMail(kind, partnerId, subject, detail);
  }

  private void sendMail(AlertKind kind, String partnerId, String subject, String detail) {
    String to = properties.getAlerts().getMailTo();
    JavaMailSender sender = mail.getIfAvailable();
    if (to.isBlank() || sender == null) {
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.getAlerts().getMailFrom());
    message.setTo(to.split("\\s*,\\s*"));
    message.setSubject(
        "[arhub] " + kind + (partnerId == null ? "" : " " + partnerId) + ": " + subject);
    message.setText(detail + "\n\nnode: " + properties.getNode());
    try {
      sender.send(message);
    } catch (MailException e) {
      // The alert is already recorded; a mail server outage must not stop the intake.
      log.warn("alert mail to {} not sent: {}", to, e.getMessage());
    }
  }
}
