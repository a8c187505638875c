package vn.noivu.bpm.documents.register;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the register of outgoing documents, without its files. */
public record OutgoingDocument(long id, String issuer, String typeCode, String typeName, int year, int number,
                               String symbol, String numberLine, LocalDate issuedOn, String title, String sha256,
                               String createdBy, Instant createdAt) {
}
