package org.fordra.notices;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the kept copy of a notice (its HTML, its plain-text part) is stored: zlib-compressed with a
 * preset dictionary of sample notices in all five languages, so that the wording, the markup and
 * the style every notice shares are stored once, in Fordra, instead of in each row. The
 * benchmark's notices, 4 KB of HTML each, take 0.9 KB so, against 2.1 KB with zlib alone and
 * 2.75 KB with PostgreSQL's own compression (docs/benchmark.md); the law keeps them for years.
 *
 * <p>Stored form: the marker {@code 00 'F' 'Z'}, the dictionary's version (one byte), then a zlib
 * stream (RFC 1950) whose header names the dictionary by its Adler-32, which is checked on
 * reading. Any other bytes are an unpacked copy (stored before, erased, a PDF that packing did not
 * make smaller) and are read as they are: no text, HTML or PDF starts with a zero byte. A
 * dictionary, once released, is never changed (a test pins its SHA-256): better wording later
 * only packs a little worse; a new dictionary gets the next version.
 */
final class PackedCopy {

  private static final byte[] MARKER = {0, 'F', 'Z'};
  private static final int HEADER = MARKER.length + 1;
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  static final int VERSION = 1;
  static final String DICTIONARY_RESOURCE = "notices/copy-dictionary-1.txt";
  private static final byte[] DICTIONARY = load(DICTIONARY_RESOURCE);
  private static final long DICTIONARY_ADLER = adler32(DICTIONARY);

  private PackedCopy() {}

  /**
   * The copy as stored: packed where that makes it smaller, else as it is. A PDF is stored as it
   * is without trying: its pages are compressed already.
   */
  static byte[] pack(byte[] copy) {
    if (copy == null || startsWith(copy, PDF)) {
      return copy;
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setDictionary(DICTIONARY);
      deflater.setInput(copy);
      deflater.finish();
      ByteArrayOutputStream packed = new ByteArrayOutputStream(copy.length / 3 + 64);
      packed.write(MARKER, 0, MARKER.length);
      packed.write(VERSION);
      byte[] buffer = new byte[Math.max(256, copy.length / 2)];
      while (!deflater.finished()) {
        packed.write(buffer, 0, deflater.deflate(buffer));
      }
      return packed.size() < copy.length ? packed.toByteArray() : copy;
    } finally {
      deflater.end();
    }
  }

  /** The copy as it was sent, whether stored packed or not. */
  static byte[] unpack(byte[] stored) {
    if (stored == null || !isPacked(stored)) {
      return stored;
    }
    if (stored[MARKER.length] != VERSION) {
      throw new IllegalStateException(
          "A notice copy packed with dictionary version " + stored[MARKER.length]
              + ", which this Fordra does not have (it has " + VERSION + ")");
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(stored, HEADER, stored.length - HEADER);
      ByteArrayOutputStream copy = new ByteArrayOutputStream(stored.length * 5);
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int read = inflater.inflate(buffer);
        copy.write(buffer, 0, read);
        if (read == 0 && inflater.needsDictionary()) {
          if ((inflater.getAdler() & 0xffffffffL) != DICTIONARY_ADLER) {
            throw new IllegalStateException(
                "A notice copy names a dictionary other than version " + VERSION);
          }
          inflater.setDictionary(DICTIONARY);
        } else if (read == 0 && inflater.needsInput()) {
          throw new IllegalStateException("A packed notice copy ends early");
        }
      }
      return copy.toByteArray();
    } catch (DataFormatException corrupt) {
      throw new IllegalStateException("A packed notice copy is corrupt", corrupt);
    } finally {
      inflater.end();
    }
  }

  static boolean isPacked(byte[] stored) {
    return stored.length > HEADER && startsWith(stored, MARKER);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  static byte[] dictionary() {
    return DICTIONARY.clone();
  }

  private static long adler32(byte[] bytes) {
    Adler32 adler = new Adler32();
    adler.update(bytes);
    return adler.getValue();
  }

  private static byte[] load(String resource) {
    try (InputStream in = PackedCopy.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The notice's copy (HTML, or a letter's PDF) as {@link Notice} keeps it. */
  @Converter
  static final class Bytes implements AttributeConverter<byte[], byte[]> {
    @Override
    public byte[] convertToDatabaseColumn(byte[] copy) {
      return pack(copy);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] stored) {
      return unpack(stored);
    }
  }

  /** The e-mail's plain-text part as {@link Notice} keeps it, UTF-8. */
  @Converter
  static final class Text implements AttributeConverter<String, byte[]> {
    @Override
    public byte[] convertToDatabaseColumn(String text) {
      return text == null ? null : pack(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String convertToEntityAttribute(byte[] stored) {
      return stored == null ? null : new String(unpack(stored), StandardCharsets.UTF_8);
    }
  }
}
