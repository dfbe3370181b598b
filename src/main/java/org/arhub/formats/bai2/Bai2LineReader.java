package org.arhub.formats.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The physical lines of a BAI2 file: CRLF, LF or CR endings (mixed too), an optional UTF-8
 * byte-order mark, ASCII as the spec asks, UTF-8 or else ISO-8859-1 where a bank sends more. A line
 * longer than {@link #MAX_LINE} characters is cut there, so memory stays bounded whatever arrives.
 */
final class Bai2LineReader {
  static final int MAX_LINE = 1 << 20;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] carry = new byte[256];
  private int carried;
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean started;
  private boolean skipLineFeed;
  private int lineNumber;
  private long bytes;
  private boolean truncated;

  Bai2LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of the input. */
  String next() throws IOException {
    truncated = false;
    carried = 0;
    while (true) {
      if (position == limit && !fill()) {
        if (carried == 0 && !truncated) {
          return null;
        }
        lineNumber++;
        return decode(carry, 0, carried);
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      if (end < limit) {
        skipLineFeed = buffer[end] == '\r';
        String line =
            carried == 0 ? decode(buffer, position, end - position) : decodeCarried(position, end);
        position = end + 1;
        lineNumber++;
        return line;
      }
      keep(position, limit);
      position = limit;
    }
  }

  int lineNumber() {
    return lineNumber;
  }

  /** Whether the file had any bytes at all (a 0-byte file is reported as such). */
  boolean empty() {
    return bytes == 0;
  }

  /** Whether the line last returned was longer than {@link #MAX_LINE} and cut. */
  boolean truncated() {
    return truncated;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int read = in.readNBytes(buffer, 0, buffer.length);
    bytes += read;
    position = 0;
    limit = read;
    if (read < buffer.length) {
      endOfInput = true;
    }
    if (!started) {
      started = true;
      if (read >= 3
          && (buffer[0] & 0xff) == 0xef
          && (buffer[1] & 0xff) == 0xbb
          && (buffer[2] & 0xff) == 0xbf) {
        position = 3;
      }
    }
    return position < limit;
  }

  private void keep(int from, int to) {
    int length = Math.min(to - from, MAX_LINE - carried);
    if (length < to - from) {
      truncated = true;
    }
    if (carried + length > carry.length) {
      carry =
          Arrays.copyOf(carry, Math.min(MAX_LINE, Math.max(carry.length * 2, carried + length)));
    }
    System.arraycopy(buffer, from, carry, carried, length);
    carried += length;
  }

  private String decodeCarried(int from, int to) {
    keep(from, to);
    return decode(carry, 0, carried);
  }

  private static String decode(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        return decodeBeyondAscii(bytes, offset, length);
      }
    }
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static String decodeBeyondAscii(byte[] bytes, int offset, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
  }
}
