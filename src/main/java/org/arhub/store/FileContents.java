package org.arhub.store;

import org.springframework.jdbc.core.JdbcTemplate;

/** The bytes of a file the hub keeps, once per content ({@code file_content}, keyed by sha256). */
final class FileContents {
  private FileContents() {}

  /** Stores the bytes unless the same content is stored already; returns their sha256. */
  static String store(JdbcTemplate jdbc, byte[] bytes) {
    String sha256 = ContentHash.sha256(bytes);
    jdbc.update(
        "insert into file_content(sha256, size, bytes) values (?, ?, ?) on conflict (sha256) do nothing",
        sha256,
        bytes.length,
        bytes);
    return sha256;
  }
}
