package org.fordra.breathingspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breathing Space moratoria (SI 2020/1311) as the creditor is notified of them: managers record
 * the start, and the end of a mental health crisis moratorium (or a cancellation).
 */
@RestController
class MoratoriumController {

  record NewMoratorium(
      @NotNull MoratoriumKind kind, @NotNull LocalDate startsOn, @Size(max = 100) String reference) {}

  record MoratoriumEnd(LocalDate treatmentEndedOn, LocalDate cancelledOn) {}

  private final MoratoriumRecords records;
  private final Moratoria moratoria;
  private final Clock clock;

  MoratoriumController(MoratoriumRecords records, Moratoria moratoria, Clock clock) {
    this.records = records;
    this.moratoria = moratoria;
    this.clock = clock;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/customers/{id}/moratoria")
  ResponseEntity<MoratoriumView> start(
      @PathVariable long id, @Valid @RequestBody NewMoratorium request) {
    Moratorium started =
        records.start(
            id,
            request.kind(),
            request.startsOn(),
            request.reference() == null || request.reference().isBlank()
                ? null
                : request.reference().trim());
    return ResponseEntity.created(URI.create("/api/customers/" + id + "/moratoria"))
        .body(MoratoriumView.of(started, LocalDate.now(clock)));
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/customers/{id}/moratoria/{moratoriumId}/end")
  MoratoriumView end(
      @PathVariable long id,
      @PathVariable long moratoriumId,
      @RequestBody MoratoriumEnd request) {
    Moratorium ended =
        records.end(id, moratoriumId, request.treatmentEndedOn(), request.cancelledOn());
    return MoratoriumView.of(ended, LocalDate.now(clock));
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/customers/{id}/moratoria")
  @Transactional(readOnly = true)
  List<MoratoriumView> list(@PathVariable long id) {
    return moratoria.views(id, LocalDate.now(clock));
  }
}
