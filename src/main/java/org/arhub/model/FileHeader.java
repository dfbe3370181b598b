package org.arhub.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The identity of one bank or remittance file as its sender states it: with the format, the
 * duplicate check of "same file again under another name" (BAI2 sender + receiver + creation + file
 * id; camt MsgId; X12 ISA sender + control number).
 *
 * @param format exact format and version read, e.g. "BAI2", "camt.053.001.08", "X12 820 005010"
 * @param fileId the sender's id of the file, unique for that sender
 */
public record FileHeader(
    String format,
    String fileId,
    Optional<String> sender,
    Optional<String> receiver,
    Optional<LocalDateTime> created) {}
