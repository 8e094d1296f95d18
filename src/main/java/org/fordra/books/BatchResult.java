package org.fordra.books;

import java.util.List;
import org.fordra.api.InvalidField.FieldError;

/**
 * What a batch did (CONTRACT.md): rows created, unchanged (sent before, same figures), amended
 * (figures changed before any payment, or a credit note booked) and rejected, each rejected row
 * with its index in the batch (0 = first row), its number and why.
 */
public record BatchResult(
    String id, int created, int unchanged, int amended, List<Rejection> rejected) {

  public record Rejection(int index, String number, List<FieldError> errors) {}
}
