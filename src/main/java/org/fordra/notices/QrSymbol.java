package org.fordra.notices;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A QR symbol's modules, the same as ZXing's encoder makes them, mask choice included, in about
 * a quarter of its time (0.14 against 0.56 ms for a notice's code, measured alone).
 *
 * <p>Why: ISO/IEC 18004 (section 7.8) has the encoder try all eight data masks and keep the one
 * whose symbol scores the lowest penalty (no runs, blocks or finder-like patterns a camera could
 * take for something else). ZXing builds the whole symbol anew for each mask, which was over half
 * of a notice's QR code in the benchmark's profile (docs/benchmark.md), and scores each with
 * branches a new symbol's random modules keep mispredicting. The eight symbols differ
 * only in their data modules, flipped where two masks' conditions differ, and in the format
 * information, which names the mask. So the symbol is built once, by ZXing, with mask 0; each
 * other mask's symbol is that one with those modules flipped and its format information written;
 * each is scored with the standard's four rules as ZXing scores them, and the lowest wins (the
 * first of equals, as ZXing). {@code QrSymbolTest} checks that the result is ZXing's own, module
 * for module, for payloads of every size an EPC code may have.
 */
final class QrSymbol {

  private static final int MASKS = 8;
  // Penalty weights of ISO/IEC 18004:2015, 7.8.3.1, Table 11.
  private static final int N1 = 3;
  private static final int N2 = 3;
  private static final int N3 = 40;
  private static final int N4 = 10;
  // 1011101, the finder pattern's 1:1:3:1:1 one module wide (rule 3).
  private static final int FINDER_LIKE = 0b1011101;
  // Format information: BCH(15,5) with this generator, then XOR-ed with this mask (Annex C).
  private static final int FORMAT_GENERATOR = 0x537;
  private static final int FORMAT_MASK = 0x5412;
  // Where the 15 format bits go beside the top-left finder, {x, y}, the lowest bit first
  // (section 7.9.1, Figure 25).
  private static final int[][] FORMAT_TOP_LEFT = {
    {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
    {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
  };

  /** Per version: for each mask, the modules that differ from mask 0's symbol, [mask][y][x]. */
  private static final Map<Integer, byte[][][]> REMASKINGS = new ConcurrentHashMap<>();

  private QrSymbol() {}

  /** The modules, [y][x], 1 dark and 0 light, without a quiet zone. */
  static byte[][] encode(String payload, ErrorCorrectionLevel level) throws WriterException {
    var unmasked =
        Encoder.encode(payload, level,
            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 0));
    ByteMatrix built = unmasked.getMatrix();
    byte[][][] remaskings =
        REMASKINGS.computeIfAbsent(
            unmasked.getVersion().getVersionNumber(), QrSymbol::remaskings);
    byte[][] best = null;
    int lowest = Integer.MAX_VALUE;
    for (int mask = 0; mask < MASKS; mask++) {
      byte[][] symbol = remasked(built.getArray(), remaskings[mask]);
      writeFormat(symbol, level, mask);
      int penalty = penalty(symbol);
      if (penalty < lowest) {
        lowest = penalty;
        best = symbol;
      }
    }
    return best;
  }

  /** The symbol built with mask 0, its data modules masked with another mask instead. */
  private static byte[][] remasked(byte[][] built, byte[][] flips) {
    byte[][] symbol = new byte[built.length][];
    for (int y = 0; y < built.length; y++) {
      byte[] row = built[y].clone();
      byte[] flip = flips[y];
      for (int x = 0; x < row.length; x++) {
        row[x] ^= flip[x];
      }
      symbol[y] = row;
    }
    return symbol;
  }

  /**
   * For each mask, 1 where a data module's mask condition differs from mask 0's: worked out once
   * per version, since the conditions' divisions cost more than all the rest.
   */
  private static byte[][][] remaskings(int versionNumber) {
    boolean[][] function = functionModules(versionNumber);
    int size = function.length;
    byte[][][] flips = new byte[MASKS][size][size];
    for (int mask = 1; mask < MASKS; mask++) {
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          if (!function[y][x] && masked(0, x, y) != masked(mask, x, y)) {
            flips[mask][y][x] = 1;
          }
        }
      }
    }
    return flips;
  }

  /** The data mask conditions of ISO/IEC 18004:2015, 7.8.2, Table 10 (i row y, j column x). */
  private static boolean masked(int mask, int x, int y) {
    return switch (mask) {
      case 0 -> (y + x) % 2 == 0;
      case 1 -> y % 2 == 0;
      case 2 -> x % 3 == 0;
      case 3 -> (y + x) % 3 == 0;
      case 4 -> (y / 2 + x / 3) % 2 == 0;
      case 5 -> (y * x) % 2 + (y * x) % 3 == 0;
      case 6 -> ((y * x) % 2 + (y * x) % 3) % 2 == 0;
      case 7 -> ((y + x) % 2 + (y * x) % 3) % 2 == 0;
      default -> throw new IllegalArgumentException("no QR data mask " + mask);
    };
  }

  /**
   * The modules no data goes into (section 6.3): the finder patterns with their separators and
   * the format information beside them (the dark module included), the timing patterns, the
   * alignment patterns, and from version 7 the version information.
   */
  private static boolean[][] functionModules(int versionNumber) {
    Version version = Version.getVersionForNumber(versionNumber);
    int size = version.getDimensionForVersion();
    boolean[][] fixed = new boolean[size][size];
    mark(fixed, 0, 0, 9, 9);
    mark(fixed, size - 8, 0, 8, 9);
    mark(fixed, 0, size - 8, 9, 8);
    int[] centres = version.getAlignmentPatternCenters();
    int last = centres.length - 1;
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j <= last; j++) {
        boolean besideAFinder =
            (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
        if (!besideAFinder) {
          mark(fixed, centres[i] - 2, centres[j] - 2, 5, 5);
        }
      }
    }
    mark(fixed, 6, 9, 1, size - 17);
    mark(fixed, 9, 6, size - 17, 1);
    if (versionNumber >= 7) {
      mark(fixed, size - 11, 0, 3, 6);
      mark(fixed, 0, size - 11, 6, 3);
    }
    return fixed;
  }

  private static void mark(boolean[][] fixed, int left, int top, int width, int height) {
    for (int y = top; y < top + height; y++) {
      for (int x = left; x < left + width; x++) {
        fixed[y][x] = true;
      }
    }
  }

  /** The error correction level and the mask, in both copies (section 7.9.1). */
  private static void writeFormat(byte[][] symbol, ErrorCorrectionLevel level, int mask) {
    int data = (level.getBits() << 3) | mask;
    int bits = ((data << 10) | bch(data)) ^ FORMAT_MASK;
    int size = symbol.length;
    for (int i = 0; i < 15; i++) {
      byte bit = (byte) ((bits >>> i) & 1);
      symbol[FORMAT_TOP_LEFT[i][1]][FORMAT_TOP_LEFT[i][0]] = bit;
      if (i < 8) {
        symbol[8][size - 1 - i] = bit;
      } else {
        symbol[size - 7 + (i - 8)][8] = bit;
      }
    }
  }

  private static int bch(int data) {
    int remainder = data << 10;
    for (int bit = 14; bit >= 10; bit--) {
      if ((remainder & (1 << bit)) != 0) {
        remainder ^= FORMAT_GENERATOR << (bit - 10);
      }
    }
    return remainder;
  }

  /**
   * The four penalty rules of section 7.8.3.1, as ZXing applies them. Written without branches
   * on the modules' colours: a new symbol's modules are as good as random to the processor's
   * branch prediction, and ZXing's branching version of these rules took several times longer.
   */
  static int penalty(byte[][] symbol) {
    byte[][] columns = transposed(symbol);
    int penalty = 0;
    int finderLike = 0;
    for (int i = 0; i < symbol.length; i++) {
      penalty += runs(symbol[i]) + runs(columns[i]);
      finderLike += finderLike(symbol[i]) + finderLike(columns[i]);
    }
    return penalty + N3 * finderLike + blocks(symbol) + darkShare(symbol);
  }

  private static byte[][] transposed(byte[][] symbol) {
    int size = symbol.length;
    byte[][] columns = new byte[size][size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        columns[x][y] = symbol[y][x];
      }
    }
    return columns;
  }

  /**
   * Rule 1 along one row or column: a run of five or more modules of one colour scores
   * N1 + (length - 5); counted as the run grows, 3 when it reaches five and 1 for each module
   * after.
   */
  private static int runs(byte[] line) {
    int penalty = 0;
    int run = 1;
    int previous = line[0];
    for (int j = 1; j < line.length; j++) {
      int same = 1 ^ (line[j] ^ previous);
      run = (run & -same) + 1;
      penalty += ((4 - run) >>> 31) + 2 * (((run ^ 5) - 1) >>> 31);
      previous = line[j];
    }
    return penalty;
  }

  /** Rule 2: each 2 by 2 block of one colour. */
  private static int blocks(byte[][] symbol) {
    int count = 0;
    for (int y = 0; y < symbol.length - 1; y++) {
      byte[] row = symbol[y];
      byte[] below = symbol[y + 1];
      for (int x = 0; x < row.length - 1; x++) {
        int colour = row[x];
        count += 1 - ((colour ^ row[x + 1]) | (colour ^ below[x]) | (colour ^ below[x + 1]));
      }
    }
    return N2 * count;
  }

  /**
   * Rule 3 along one row or column: dark-light-dark-dark-dark-light-dark with four light modules
   * before or after it, inside the symbol (ZXing does not count the quiet zone). The line is read
   * through a window of its last 15 modules: four before, the seven, four after.
   */
  private static int finderLike(byte[] line) {
    int count = 0;
    int window = 0;
    for (int k = 0; k < line.length; k++) {
      window = (window << 1) | line[k];
      // The seven end four modules back, at k - 4, and start at k - 10.
      if (k >= 10 && ((window >>> 4) & 0x7F) == FINDER_LIKE) {
        boolean lightAfter = (window & 0xF) == 0;
        boolean lightBefore = k >= 14 && ((window >>> 11) & 0xF) == 0;
        if (lightAfter || lightBefore) {
          count++;
        }
      }
    }
    // The seven ending in the last four modules: no four modules after them, only before.
    int end = line.length - 1;
    for (int back = 0; back < 4; back++) {
      int at = end - back;
      int ending = window >>> back;
      if (at >= 10 && (ending & 0x7F) == FINDER_LIKE && ((ending >>> 7) & 0xF) == 0) {
        count++;
      }
    }
    return count;
  }

  /** Rule 4: 10 points for each full 5 % the share of dark modules is away from half. */
  private static int darkShare(byte[][] symbol) {
    int size = symbol.length;
    int dark = 0;
    for (byte[] row : symbol) {
      for (byte module : row) {
        dark += module;
      }
    }
    int total = size * size;
    return Math.abs(dark * 2 - total) * 10 / total * N4;
  }
}
