package org.fordra.notices;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice outbox's sender. A step stores its notice with a PENDING {@link Dispatch} in its own
 * transaction (that row takes every update below; the notice's own is never rewritten); after
 * that commits, the dispatcher sends it: it claims the notice in a short transaction (one
 * conditional update, so of two nodes only one gets it), sends it with no transaction, job lock
 * or connection held (SMTP, or the file in the print outbox), and marks it SENT in another short
 * transaction. The notices of the steps that commit within {@code linger} (1 s) of each other
 * are taken together, up to {@value #BATCH}: one claim, one read and one mark for all (at a few
 * hundred steps a second, each notice's own would be seven statements and two commits). A failed
 * try is retried with a growing pause, up to {@code max-attempts}; then the notice is FAILED, on
 * the dashboard's "needs attention" and in {@code fordra.notices.failed}.
 *
 * <p>What holds: a step that rolls back sends nothing (nothing is sent before its commit). A
 * notice is sent at least once, and every send of it carries the same Message-ID: a node that
 * dies between the mail server's accept and the mark leaves the notice SENDING, and once its
 * claim runs out the sweep sends it again, the same message, which receivers recognise by its
 * Message-ID (a letter is the same file again, replacing itself). A notice marked SENT is never
 * sent again. The claim is longer than any SMTP exchange may take (mail timeouts, application.yml).
 */
@Component
public class NoticeDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
  static final int BATCH = 50;

  private final NoticeRepository notices;
  private final DispatchRepository dispatches;
  private final NoticeMail mail;
  private final NoticeOutbox outbox;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ThreadPoolTaskScheduler pool;
  private final Duration claim;
  private final Duration firstRetry;
  private final int maxAttempts;
  private final Duration linger;
  /** Notices whose steps have committed, for the dispatcher's threads to take in batches. */
  private final BlockingQueue<Long> waiting = new LinkedBlockingQueue<>(10_000);
  /** Whether a batch is planned that has not yet started taking what waits. */
  private final AtomicBoolean batchPlanned = new AtomicBoolean();

  NoticeDispatcher(
      NoticeRepository notices,
      DispatchRepository dispatches,
      NoticeMail mail,
      NoticeOutbox outbox,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions,
      @Value("${fordra.notices.dispatch.threads:2}") int threads,
      @Value("${fordra.notices.dispatch.claim:PT5M}") Duration claim,
      @Value("${fordra.notices.dispatch.first-retry:PT1M}") Duration firstRetry,
      @Value("${fordra.notices.dispatch.max-attempts:8}") int maxAttempts,
      @Value("${fordra.notices.dispatch.linger:PT1S}") Duration linger) {
    this.notices = notices;
    this.dispatches = dispatches;
    this.mail = mail;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
    // Its own transactions, also when called from a committing step's afterCommit.
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.pool = threads > 0 ? pool(threads) : null;
    this.claim = claim;
    this.firstRetry = firstRetry;
    this.maxAttempts = maxAttempts;
    this.linger = linger;
  }

  /** On shutdown the sends under way finish; what still waits is left to the sweep. */
  @PreDestroy
  void stop() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  private static ThreadPoolTaskScheduler pool(int threads) {
    ThreadPoolTaskScheduler pool = new ThreadPoolTaskScheduler();
    pool.setThreadNamePrefix("notice-dispatch-");
    pool.setPoolSize(threads);
    pool.setDaemon(true);
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    pool.setWaitForTasksToCompleteOnShutdown(false);
    pool.setAwaitTerminationSeconds(30);
    pool.initialize();
    return pool;
  }

  /**
   * Sends these stored notices once the current transaction has committed (at once when there is
   * none); nothing when it rolls back. With {@code fordra.notices.dispatch.threads} 0 (the
   * tests) they are sent in the committing thread, else by the dispatcher's own threads.
   */
  void sendAfterCommit(List<Long> ids) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      sendSoon(ids);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            sendSoon(ids);
          }
        });
  }

  private void sendSoon(List<Long> ids) {
    if (pool == null) {
      trySendAll(ids);
      return;
    }
    for (Long id : ids) {
      if (!waiting.offer(id)) {
        // Beyond 10,000 waiting the sweep sends them: the step that stored them never waits.
        log.info("Notice {} waits for the dispatcher's sweep", id);
      }
    }
    if (batchPlanned.compareAndSet(false, true)) {
      try {
        pool.getScheduledExecutor()
            .schedule(this::sendWaiting, linger.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException stopping) {
        batchPlanned.set(false);
        log.info("Notices {} wait for the dispatcher's sweep", ids);
      }
    }
  }

  /**
   * Sends what the committed steps left waiting, up to {@value #BATCH} notices at a time. It
   * starts {@code linger} (1 s) after the first of them, so that under load one claim, one
   * read and one mark serve the notices of many steps, not each its own.
   */
  private void sendWaiting() {
    batchPlanned.set(false);
    List<Long> batch = new ArrayList<>(BATCH);
    while (waiting.drainTo(batch, BATCH) > 0) {
      trySendAll(batch);
      batch.clear();
    }
  }

  /** Sends these; whatever goes wrong (the database gone), the sweep takes them up again. */
  private int trySendAll(List<Long> ids) {
    try {
      return sendAll(ids);
    } catch (RuntimeException e) {
      // Already committed: the step is not failed for it.
      log.warn("Notices {} not sent now; the sweep takes them up again", ids, e);
      return 0;
    }
  }

  /** Picks up what is due: tries to retry, and notices a stopped node left behind. */
  @Scheduled(
      initialDelayString = "${fordra.notices.dispatch.sweep:PT30S}",
      fixedDelayString = "${fordra.notices.dispatch.sweep:PT30S}")
  void scheduledSweep() {
    sweep();
  }

  /**
   * Sends every notice due now, a batch at a time while batches come full and go out; returns
   * how many went out.
   */
  public int sweep() {
    int sent = 0;
    int sentOfBatch;
    List<Long> due;
    do {
      due = dispatches.dispatchable(clock.instant(), PageRequest.of(0, BATCH));
      sentOfBatch = due.isEmpty() ? 0 : trySendAll(due);
      sent += sentOfBatch;
    } while (due.size() == BATCH && sentOfBatch > 0);
    return sent;
  }

  /**
   * Claims these notices together, sends each, and marks those that went out together; returns
   * how many went out. When another node (or this one's sweep) has some of them, each is claimed
   * on its own, and only those still free are sent.
   */
  int sendAll(List<Long> batch) {
    List<Long> ids = List.copyOf(new LinkedHashSet<>(batch));
    List<Outgoing> claimed = claimAll(ids);
    if (claimed == null) {
      int sent = 0;
      for (Long id : ids) {
        sent += trySendAll(List.of(id));
      }
      return sent;
    }
    List<Long> sent = new ArrayList<>(claimed.size());
    Map<Long, String> failed = new LinkedHashMap<>();
    for (Outgoing outgoing : claimed) {
      try {
        deliver(outgoing);
        sent.add(outgoing.id());
      } catch (RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        log.warn("Notice {} ({}) not sent: {}", outgoing.id(), outgoing.channel(), error);
        failed.put(outgoing.id(), error);
      }
    }
    if (!sent.isEmpty() || !failed.isEmpty()) {
      transaction.executeWithoutResult(
          status -> {
            if (!sent.isEmpty()) {
              dispatches.markSent(sent, clock.instant());
            }
            failed.forEach(this::mark);
          });
    }
    return sent.size();
  }

  /** What one send needs, read while the claim is taken: nothing lazy is read later. */
  record Outgoing(
      Long id,
      NoticeChannel channel,
      String recipient,
      RenderedNotice rendered,
      byte[] content,
      Instant dated,
      String messageId,
      String fileName) {}

  /** Claims one notice as {@link #claimAll} does; null when another node has it. */
  Outgoing claim(Long id) {
    List<Outgoing> claimed = claimAll(List.of(id));
    return claimed == null || claimed.isEmpty() ? null : claimed.get(0);
  }

  /**
   * Claims all of {@code ids} in one short transaction and reads what sending them needs: the
   * notices in their order, or null (nothing claimed) when some were not free; for a single
   * notice that is not free, an empty list.
   */
  List<Outgoing> claimAll(List<Long> ids) {
    Instant now = clock.instant();
    return transaction.execute(status -> {
      int claimed = dispatches.claimAll(ids, now, now.plus(claim));
      if (claimed != ids.size()) {
        status.setRollbackOnly();
        return ids.size() == 1 ? List.of() : null;
      }
      List<Outgoing> outgoing = new ArrayList<>(ids.size());
      for (Object[] row : dispatches.withMessageIds(ids)) {
        outgoing.add(outgoing((Notice) row[0], (String) row[1]));
      }
      return outgoing;
    });
  }

  private static Outgoing outgoing(Notice notice, String messageId) {
    Invoice invoice = notice.getInvoice();
    LocalDate day = LocalDate.ofInstant(notice.getSentAt(), invoice.getCustomer().timeZone());
    byte[] content = notice.content();
    RenderedNotice rendered =
        notice.getChannel() == NoticeChannel.EMAIL
            ? new RenderedNotice(
                notice.getLanguage(),
                notice.getSubject(),
                new String(content, StandardCharsets.UTF_8),
                notice.getMailText())
            : null;
    return new Outgoing(
        notice.getId(), notice.getChannel(), notice.getRecipient(), rendered, content,
        notice.getSentAt(), messageId, NoticeOutbox.fileName(invoice, notice, day));
  }

  /** Hands the notice on: no transaction is open here. */
  void deliver(Outgoing outgoing) {
    if (outgoing.channel() == NoticeChannel.EMAIL) {
      mail.deliver(
          mail.compose(outgoing.recipient(), outgoing.rendered(), outgoing.dated(),
              outgoing.messageId()),
          outgoing.fileName());
    } else {
      outbox.write(outgoing.fileName(), outgoing.content());
    }
  }

  private void mark(Long id, String error) {
    Dispatch dispatch = dispatches.findById(id).orElseThrow();
    if (dispatch.getState() != NoticeDispatch.SENDING) {
      return;
    }
    Instant now = clock.instant();
    if (error == null) {
      dispatch.dispatched(now);
      return;
    }
    if (dispatch.getAttempts() >= maxAttempts) {
      dispatch.notDispatched(now, error, null);
      Notice notice = notices.findById(id).orElseThrow();
      audit.record(
          notice.getInvoice().getNumber(),
          AuditTrail.SYSTEM,
          "NOTICE_FAILED",
          notice.getKind() + " by " + notice.getChannel() + " to " + notice.getRecipient()
              + " not delivered after " + dispatch.getAttempts() + " tries: " + error
              + ", copy: /api/notices/" + id);
    } else {
      dispatch.notDispatched(now, error, backoff(dispatch.getAttempts()));
    }
  }

  /** first-retry, then twice as long each time, at most a day. */
  Duration backoff(int attempts) {
    Duration pause = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
    return pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause;
  }
}
