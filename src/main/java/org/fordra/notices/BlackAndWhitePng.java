package org.fordra.notices;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A black-and-white PNG of a grid of square modules: one bit per pixel, greyscale (W3C PNG,
 * third edition: IHDR, one IDAT, IEND). Written here because Java's ImageIO PNG writer took a
 * fifth of a notice's QR code in the benchmark's profile for an image of a few hundred bytes.
 */
final class BlackAndWhitePng {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte BIT_DEPTH = 1;
  private static final byte GREYSCALE = 0;
  private static final byte FILTER_UP = 2;

  private BlackAndWhitePng() {}

  /**
   * The modules ([y][x], 1 dark) as a square image, each {@code scale} pixels square, inside a
   * light border {@code border} modules wide.
   */
  static byte[] of(byte[][] modules, int border, int scale) {
    int size = (modules.length + 2 * border) * scale;
    int rowBytes = (size + 7) / 8;
    int line = 1 + rowBytes; // each line starts with its filter type; 0 is none
    byte[] pixels = new byte[size * line];
    byte[] light = new byte[line];
    setWhite(light, 0, size);
    for (int y = 0; y < border * scale; y++) {
      System.arraycopy(light, 0, pixels, y * line, line);
      System.arraycopy(light, 0, pixels, (size - 1 - y) * line, line);
    }
    byte[] row = new byte[line];
    for (int moduleY = 0; moduleY < modules.length; moduleY++) {
      Arrays.fill(row, (byte) 0);
      setWhite(row, 0, border * scale);
      for (int moduleX = 0; moduleX < modules.length; moduleX++) {
        if (modules[moduleY][moduleX] == 0) {
          setWhite(row, (border + moduleX) * scale, scale);
        }
      }
      setWhite(row, (border + modules.length) * scale, border * scale);
      int top = (border + moduleY) * scale;
      System.arraycopy(row, 0, pixels, top * line, line);
      for (int copy = 1; copy < scale; copy++) {
        // The same as the line above: filter type 2, "up", and all zeros, which compress to
        // almost nothing in no time.
        pixels[(top + copy) * line] = FILTER_UP;
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 + pixels.length / 8);
    png.writeBytes(SIGNATURE);
    chunk(png, "IHDR",
        ByteBuffer.allocate(13).putInt(size).putInt(size)
            .put(BIT_DEPTH).put(GREYSCALE).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(png, "IDAT", deflate(pixels));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /**
   * Sets {@code count} pixels from {@code first} white in a line (after its filter byte): a
   * greyscale bit of 1 is white, and pixels fill a byte from its high bit. The bits after a
   * line's last pixel stay 0, as the format allows.
   */
  private static void setWhite(byte[] line, int first, int count) {
    for (int x = first; x < first + count; x++) {
      line[1 + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
      byte[] buffer = new byte[2048];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(name);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
