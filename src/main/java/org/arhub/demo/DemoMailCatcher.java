package org.arhub.demo;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail server of demo mode and tests: accepts every mail the hub sends over SMTP, keeps it in
 * memory and logs it, so dunning letters and alerts can be seen without a real mail server.
 */
public final class DemoMailCatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

  /** Loopback only: the catcher must never relay or accept mail from outside this machine. */
  private static final String BIND_HOST = "127.0.0.1";

  /** One mail as the hub sent it; {@code to} holds the envelope recipients, Bcc included. */
  public record CaughtMail(
      String from, List<String> to, String subject, String text, Instant receivedAt) {}

  private final GreenMail greenMail;
  private final List<CaughtMail> received = new CopyOnWriteArrayList<>();

  private DemoMailCatcher(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /**
   * Starts catching on {@code smtpPort}, or on a free port when it is 0 (see {@link #smtpPort()}).
   */
  public static DemoMailCatcher start(int smtpPort) {
    // GreenMail binds port 0 to a free port and reports the one it got.
    ServerSetup smtp = new ServerSetup(smtpPort, BIND_HOST, ServerSetup.PROTOCOL_SMTP);
    DemoMailCatcher catcher = new DemoMailCatcher(new GreenMail(smtp));
    UserManager users = catcher.greenMail.getUserManager();
    users.setMessageDeliveryHandler(catcher.recordingThen(users.getMessageDeliveryHandler()));
    catcher.greenMail.start();
    return catcher;
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  /** Every mail caught since start, oldest first. */
  public List<CaughtMail> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  /**
   * GreenMail delivers a mail once per recipient; recording it only for the first recipient keeps
   * one entry per mail sent.
   */
  private MessageDeliveryHandler recordingThen(MessageDeliveryHandler delivery) {
    return (MovingMessage message, MailAddress recipient) -> {
      if (recipient == message.getToAddresses().get(0)) {
        keep(message);
      }
      return delivery.handle(message, recipient);
    };
  }

  private void keep(MovingMessage message) throws MessagingException {
    MimeMessage mime = message.getMessage();
    List<String> to = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
    CaughtMail mail =
        new CaughtMail(from(mime), to, mime.getSubject(), textOf(mime), Instant.now());
    received.add(mail);
    log.info("mail caught: to={} subject={}", String.join(",", mail.to()), mail.subject());
  }

  private static String from(MimeMessage mime) throws MessagingException {
    Address[] from = mime.getFrom();
    return from == null
        ? ""
        : Arrays.stream(from).map(Address::toString).collect(Collectors.joining(", "));
  }

  /** The first text/plain part: what a person reads, without the HTML twin of multipart mails. */
  private static String textOf(Part part) throws MessagingException {
    try {
      if (part.isMimeType("text/plain")) {
        return part.getContent().toString();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = textOf(multipart.getBodyPart(i));
          if (!text.isEmpty()) {
            return text;
          }
        }
      }
      return "";
    } catch (IOException e) {
      throw new MessagingException("cannot read the body of a caught mail", e);
    }
  }
}
