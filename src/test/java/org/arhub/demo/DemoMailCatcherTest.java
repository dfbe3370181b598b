package org.arhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Properties;
import org.arhub.demo.DemoMailCatcher.CaughtMail;
import org.junit.jupiter.api.Test;

class DemoMailCatcherTest {

  @Test
  void catchesAMailSentOverSmtp() throws Exception {
    Instant before = Instant.now();
    try (DemoMailCatcher catcher = DemoMailCatcher.start(0)) {
      assertThat(catcher.smtpPort()).isPositive();

      MimeMessage mail = new MimeMessage(smtpTo(catcher.smtpPort()));
      mail.setFrom(new InternetAddress("ar@arhub.example"));
      mail.setRecipients(Message.RecipientType.TO, "ap@customer.example, cfo@customer.example");
      mail.setSubject("Reminder: INV-1003 is overdue");
      mail.setText("Please pay INV-1003 (USD 1,250.00).");
      Transport.send(mail);

      assertThat(catcher.received())
          .singleElement()
          .satisfies(
              caught -> {
                assertThat(caught.from()).isEqualTo("ar@arhub.example");
                assertThat(caught.to())
                    .containsExactly("ap@customer.example", "cfo@customer.example");
                assertThat(caught.subject()).isEqualTo("Reminder: INV-1003 is overdue");
                assertThat(caught.text()).isEqualTo("Please pay INV-1003 (USD 1,250.00).");
                assertThat(caught.receivedAt()).isAfterOrEqualTo(before);
              });
    }
  }

  @Test
  void readsThePlainTextOfAMultipartMail() throws Exception {
    try (DemoMailCatcher catcher = DemoMailCatcher.start(0)) {
      MimeMessage mail = new MimeMessage(smtpTo(catcher.smtpPort()));
      mail.setFrom(new InternetAddress("ar@arhub.example"));
      mail.setRecipients(Message.RecipientType.TO, "ops@arhub.example");
      mail.setSubject("Unmatched payments");
      mail.setContent(alternative("2 payments unmatched", "<p>2 payments unmatched</p>"));
      Transport.send(mail);

      assertThat(catcher.received())
          .extracting(CaughtMail::text)
          .containsExactly("2 payments unmatched");
    }
  }

  private static Session smtpTo(int port) {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(port));
    return Session.getInstance(props);
  }

  private static MimeMultipart alternative(String text, String html) throws MessagingException {
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text);
    MimeBodyPart rich = new MimeBodyPart();
    rich.setContent(html, "text/html");
    return new MimeMultipart("alternative", plain, rich);
  }
}
