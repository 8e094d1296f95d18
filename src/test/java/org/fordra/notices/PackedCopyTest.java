package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The notices' kept copies, packed with the dictionary and read back byte for byte. */
class PackedCopyTest {

  static final List<byte[]> EVERY_NOTICE = CopyDictionaryMaker.everyNotice();

  @Test
  void everyKindInEveryLanguageComesBackByteForByte() {
    for (byte[] copy : EVERY_NOTICE) {
      byte[] stored = PackedCopy.pack(copy);

      assertThat(PackedCopy.isPacked(stored)).isTrue();
      assertThat(PackedCopy.unpack(stored)).isEqualTo(copy);
    }
  }

  @Test
  void theDictionaryPacksTheNoticesToLessThanHalfOfWhatZlibAloneMakesOfThem() {
    long plain = 0;
    long zlibAlone = 0;
    long packed = 0;
    for (byte[] copy : EVERY_NOTICE) {
      plain += copy.length;
      zlibAlone += deflated(copy);
      packed += PackedCopy.pack(copy).length;
    }

    // Measured when the dictionary was made, on these 120 copies (12 kinds, 5 languages, HTML and
    // text): 333,809 bytes plain, 153,178 with zlib alone, 32,936 packed.
    assertThat(packed).isLessThan(zlibAlone / 2).isLessThan(plain / 5);
  }

  @Test
  void theReleasedDictionaryIsNeverChangedForCopiesPackedWithItMustStayReadable() throws Exception {
    byte[] dictionary = PackedCopy.dictionary();

    assertThat(dictionary.length).isLessThanOrEqualTo(CopyDictionaryMaker.WINDOW);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dictionary)))
        .isEqualTo(DICTIONARY_1_SHA256);
  }

  static final String DICTIONARY_1_SHA256 =
      "28a5ba210cb60de7573ea9fe10a5b7054028cf03e1fd6b612c4b678942fcec2d";

  @Test
  void copiesStoredUnpackedAreReadAsTheyAre() {
    byte[] before = "<p>Stored before copies were packed</p>".getBytes(StandardCharsets.UTF_8);
    byte[] erased = "This notice was erased".getBytes(StandardCharsets.UTF_8);

    assertThat(PackedCopy.unpack(before)).isEqualTo(before);
    assertThat(PackedCopy.unpack(erased)).isEqualTo(erased);
    assertThat(PackedCopy.unpack(new byte[0])).isEmpty();
    assertThat(PackedCopy.unpack(null)).isNull();
  }

  @Test
  void aLettersPdfAndACopyPackingWouldNotShortenAreStoredAsTheyAre() {
    byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 5000);
    byte[] tiny = "ok".getBytes(StandardCharsets.UTF_8);

    assertThat(PackedCopy.pack(pdf)).isSameAs(pdf);
    assertThat(PackedCopy.pack(tiny)).isSameAs(tiny);
    assertThat(PackedCopy.unpack(pdf)).isSameAs(pdf);
  }

  @Test
  void aDamagedCopySaysSoInsteadOfReadingAsSomethingElse() {
    byte[] stored = PackedCopy.pack(EVERY_NOTICE.get(0));
    byte[] cut = Arrays.copyOf(stored, stored.length / 2);
    byte[] otherVersion = stored.clone();
    otherVersion[3] = 2;
    byte[] scrambled = stored.clone();
    scrambled[10] ^= (byte) 0xff;

    assertThatThrownBy(() -> PackedCopy.unpack(cut)).hasMessageContaining("ends early");
    assertThatThrownBy(() -> PackedCopy.unpack(otherVersion)).hasMessageContaining("dictionary version 2");
    assertThatThrownBy(() -> PackedCopy.unpack(scrambled)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePlainTextPartKeepsEveryLetter() {
    PackedCopy.Text text = new PackedCopy.Text();
    String greeting = "Hei Åsa Ærøskøbing,\r\nbetal 1 202,34 kr innen 12. mai 2026. Grüße, Straße, ½ €";

    assertThat(text.convertToEntityAttribute(text.convertToDatabaseColumn(greeting))).isEqualTo(greeting);
    assertThat(text.convertToEntityAttribute(greeting.getBytes(StandardCharsets.UTF_8))).isEqualTo(greeting);
    assertThat(text.convertToDatabaseColumn(null)).isNull();
    assertThat(text.convertToEntityAttribute(null)).isNull();
  }

  private static int deflated(byte[] copy) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(copy);
      deflater.finish();
      byte[] buffer = new byte[copy.length + 64];
      int length = 0;
      while (!deflater.finished()) {
        length += deflater.deflate(buffer);
      }
      return length;
    } finally {
      deflater.end();
    }
  }
}
