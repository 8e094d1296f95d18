package org.fordra.breathingspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fordra.database.PerTransaction;
import org.springframework.stereotype.Component;

/**
 * What the rest of Fordra asks about a customer's moratoria: is a day protected, until when may
 * nobody contact them, which days must carry no interest.
 */
@Component
public class Moratoria {

  private static final PerTransaction<Long, List<Moratorium>> READ = new PerTransaction<>();

  private final MoratoriumRepository moratoria;

  Moratoria(MoratoriumRepository moratoria) {
    this.moratoria = moratoria;
  }

  /**
   * Read once per transaction and customer (a step asks several times: fees, contact, interest);
   * a moratorium recorded or removed in the transaction drops the customer's list
   * ({@link Moratorium.Recorded}), and one ended meanwhile is the same managed entity, ended.
   */
  public List<Moratorium> of(Long customerId) {
    // Not computeIfAbsent: the query may flush, and a flush may call back into this map.
    Map<Long, List<Moratorium>> read = READ.values();
    List<Moratorium> found = read.get(customerId);
    if (found == null) {
      found = List.copyOf(moratoria.findByCustomerIdOrderByStartsOnAsc(customerId));
      read.put(customerId, found);
    }
    return found;
  }

  static void changed(Long customerId) {
    READ.values().remove(customerId);
  }

  /** The moratorium protecting the customer on {@code day}, if any. */
  public Optional<Moratorium> covering(Long customerId, LocalDate day) {
    return of(customerId).stream().filter(m -> m.covers(day)).findFirst();
  }

  /**
   * The first day on or after {@code day} on which contact may be asked about again, when a
   * moratorium protects {@code day}. An open mental health crisis moratorium cannot end before
   * 30 days after a treatment that has not yet ended (Part 3 of the Regulations), so it is asked again then.
   */
  public Optional<LocalDate> barredUntil(Long customerId, LocalDate day) {
    LocalDate free = day;
    for (int round = 0; round < 100; round++) {
      LocalDate checked = free;
      Optional<Moratorium> found = covering(customerId, checked);
      if (found.isEmpty()) {
        return free.equals(day) ? Optional.empty() : Optional.of(free);
      }
      if (found.get().endsOn().isEmpty()) {
        return Optional.of(checked.plusDays(Moratorium.DAYS_AFTER_TREATMENT + 1));
      }
      free = found.get().endsOn().get();
    }
    return Optional.of(free);
  }

  /** The days of every moratorium up to {@code day} (included): interest never runs on them. */
  public List<Respite> respitesUntil(Long customerId, LocalDate day) {
    return of(customerId).stream()
        .filter(m -> !m.getStartsOn().isAfter(day))
        .map(m -> m.respite(day.plusDays(1)))
        .toList();
  }

  /** The customer's moratoria as the API shows them, oldest first. */
  public List<MoratoriumView> views(Long customerId, LocalDate today) {
    return of(customerId).stream().map(m -> MoratoriumView.of(m, today)).toList();
  }
}
