package org.fordra.notices;

import static org.fordra.notices.NoticeFixtures.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;

/**
 * Made {@code notices/copy-dictionary-1.txt} once (PackedCopy), and shows what a dictionary would
 * pack to; run by hand, never by the build. A released dictionary is never changed: copies
 * packed with it must stay readable. So this only writes a file for a new version.
 *
 * <p>Deflate reaches back 32 KB, so the dictionary holds, for each language, the plain text and
 * the HTML body of a first reminder and the plain text of a final notice, and last the head and
 * style every notice shares (zlib's advice: the commonest strings at the end).
 *
 * <pre>java -cp … org.fordra.notices.CopyDictionaryMaker [file]</pre>
 */
final class CopyDictionaryMaker {

  static final int WINDOW = 32 * 1024;
  static final List<String> LANGUAGES = List.of("nl", "nb", "en", "sv", "de");
  static final List<NoticeKind> KINDS = List.of(NoticeKind.REMINDER_1, NoticeKind.FINAL_NOTICE);

  private CopyDictionaryMaker() {}

  public static void main(String[] args) throws IOException {
    byte[] dictionary = make();
    System.out.printf("dictionary: %,d bytes%n", dictionary.length);
    if (args.length > 0) {
      Files.write(Path.of(args[0]), dictionary);
      System.out.println("written to " + args[0]);
    }
  }

  static byte[] make() {
    NoticeRenderer renderer = new NoticeRenderer(CREDITOR);
    ByteArrayOutputStream dictionary = new ByteArrayOutputStream();
    String head = null;
    for (String language : LANGUAGES) {
      for (NoticeKind kind : KINDS) {
        RenderedNotice notice = render(renderer, kind, language);
        String html = notice.html();
        int body = html.indexOf("<body");
        head = html.substring(0, body);
        write(dictionary, notice.text());
        if (kind == KINDS.get(0)) {
          write(dictionary, html.substring(body));
        }
      }
    }
    write(dictionary, head);
    byte[] bytes = dictionary.toByteArray();
    if (bytes.length > WINDOW) {
      throw new IllegalStateException("A dictionary of " + bytes.length + " bytes: deflate uses the last 32 KB only");
    }
    return bytes;
  }

  /** Every kind in every language, as mailed: the HTML and the plain text of each. */
  static List<byte[]> everyNotice() {
    NoticeRenderer renderer = new NoticeRenderer(CREDITOR);
    List<byte[]> copies = new ArrayList<>();
    for (NoticeKind kind : NoticeKind.values()) {
      for (String language : NoticeLanguage.SUPPORTED) {
        RenderedNotice notice = render(renderer, kind, language);
        copies.add(notice.html().getBytes(StandardCharsets.UTF_8));
        copies.add(notice.text().getBytes(StandardCharsets.UTF_8));
      }
    }
    return copies;
  }

  static RenderedNotice render(NoticeRenderer renderer, NoticeKind kind, String language) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-2026-0042");
    return NoticeMail.asMailed(
        renderer.email(
            new NoticeRenderer.Request(invoice, kind, factsFor(kind, invoice), payoff(invoice), TODAY)));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
