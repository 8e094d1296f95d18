package org.fordra.notices;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Puts a notice in the post as e-mail: HTML with a plain-text alternative for mail programs that
 * show no HTML. With a mail server ({@code spring.mail.host}) it is sent; without one (the demo)
 * it is written as an .eml file to the outbox, which any mail program opens.
 */
@Component
class NoticeMail {

  /**
   * The file-type map MimeMessageHelper otherwise builds (reading mime.types) for every message
   * not made by Spring's sender, and the mail session for the outbox: made once (Spring's sender
   * shares its own the same way). Both are only read once built. Profiled in docs/benchmark.md:
   * building them per notice cost about 7 % of the CPU of the schedule written to the outbox.
   */
  private static final FileTypeMap FILE_TYPES = fileTypes();

  /**
   * Jakarta Mail 2.1 looks its stream provider up with a {@code ServiceLoader} search of the whole
   * class path every time a message part is made or written (jakartaee/mail-api issues 699 and
   * 861): several searches per notice, 6 % of the CPU of the benchmark's schedule. Its own first
   * choice is this system property, which names the one provider on the class path (Angus Mail's),
   * so it is loaded by name instead. Left alone where someone has already chosen a provider.
   */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final Session outboxSession = Session.getInstance(new Properties());
  private final JavaMailSender sender;
  private final String from;
  private final NoticeOutbox outbox;

  NoticeMail(
      ObjectProvider<JavaMailSender> sender,
      @Value("${fordra.notices.from}") String from,
      NoticeOutbox outbox) {
    this.sender = sender.getIfAvailable();
    this.from = from;
    this.outbox = outbox;
  }

  /**
   * The notice as mail carries it: lines end in CRLF on the wire (RFC 5322), so the HTML is stored
   * with CRLF too, and the stored copy is byte for byte the HTML part the customer receives.
   */
  static RenderedNotice asMailed(RenderedNotice notice) {
    return new RenderedNotice(
        notice.language(), notice.subject(), crlf(notice.html()), crlf(notice.text()));
  }

  private static String crlf(String text) {
    return text.replaceAll("\r?\n", "\r\n");
  }

  /**
   * The notice's e-mail, carrying the Message-ID stored with it: a second send of the same notice
   * (after a crash between the server's accept and the mark) is the same message to the receiver.
   */
  MimeMessage compose(String to, RenderedNotice notice, Instant sentAt, String messageId) {
    try {
      MimeMessage message = new StoredIdMessage(outboxSession, messageId);
      MimeMessageHelper mail =
          new MimeMessageHelper(message, "UTF-8") {
            @Override
            protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
              return FILE_TYPES;
            }
          };
      mail.setFrom(from);
      mail.setTo(to);
      mail.setSubject(notice.subject());
      mail.setSentDate(Date.from(sentAt));
      // The plain text and the HTML as two ways of showing one message: nothing is attached or
      // embedded (the QR code is a data URI), so no mixed or related parts around them.
      message.setContent(new MimeMultipart("alternative", part(notice.text(), "plain"),
          part(notice.html(), "html")));
      message.setHeader("Content-Language", notice.language());
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException("could not compose the notice e-mail to " + to, e);
    }
  }

  /**
   * Sends the message, or files it in the outbox when Fordra has no mail server. Called by the
   * dispatcher after the step committed, with no transaction open.
   */
  void deliver(MimeMessage message, String outboxFileName) {
    if (sender != null) {
      sender.send(message);
      return;
    }
    try (ByteArrayOutputStream eml = new ByteArrayOutputStream()) {
      message.saveChanges();
      message.writeTo(eml);
      outbox.write(outboxFileName, eml.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new MailPreparationException("could not write the notice e-mail", e);
    }
  }

  /** A message whose Message-ID is the stored one, not one made up when it is sent. */
  private static final class StoredIdMessage extends MimeMessage {

    private final String messageId;

    StoredIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  /**
   * A text part in UTF-8, quoted-printable. Said here because, left unsaid, Jakarta Mail reads
   * every byte of the part through {@code MimeUtility.getEncoding} when the message is saved, to
   * choose: composing and writing a notice took 0.36 ms of CPU with that, 0.31 without
   * (docs/benchmark.md). It chose quoted-printable anyway: a notice's letters go beyond ASCII, and
   * the QR code's data URI makes an HTML line longer than the 998 characters a mail line may have.
   */
  private static MimeBodyPart part(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  private static FileTypeMap fileTypes() {
    ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
    types.afterPropertiesSet();
    return types;
  }

  boolean hasMailServer() {
    return sender != null;
  }
}
