package org.fordra.notices;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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
 * transaction. A failed try is retried with a growing pause, up to {@code max-attempts}; then the
 * notice is FAILED, on the dashboard's "needs attention" and in {@code fordra.notices.failed}.
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
  private final ThreadPoolTaskExecutor pool;
  private final Executor afterCommit;
  private final Duration claim;
  private final Duration firstRetry;
  private final int maxAttempts;

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
      @Value("${fordra.notices.dispatch.max-attempts:8}") int maxAttempts) {
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
    this.afterCommit = pool != null ? pool : Runnable::run;
    this.claim = claim;
    this.firstRetry = firstRetry;
    this.maxAttempts = maxAttempts;
  }

  /** On shutdown the sends under way finish; what is still queued waits for the sweep. */
  @PreDestroy
  void stop() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  private static ThreadPoolTaskExecutor pool(int threads) {
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    pool.setThreadNamePrefix("notice-dispatch-");
    pool.setCorePoolSize(threads);
    pool.setMaxPoolSize(threads);
    // Beyond this the sweep sends them: a full queue never blocks the step that stored them.
    pool.setQueueCapacity(10_000);
    pool.setDaemon(true);
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
    try {
      afterCommit.execute(() -> ids.forEach(this::trySend));
    } catch (RejectedExecutionException full) {
      log.info("Notices {} wait for the dispatcher's sweep", ids);
    }
  }

  /** Sends one notice; whatever goes wrong (the database gone), the sweep takes it up again. */
  private boolean trySend(Long id) {
    try {
      return send(id);
    } catch (RuntimeException e) {
      // Already committed: the step is not failed for it.
      log.warn("Notice {} not sent now; the sweep takes it up again", id, e);
      return false;
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
      sentOfBatch = 0;
      for (Long id : due) {
        if (trySend(id)) {
          sentOfBatch++;
        }
      }
      sent += sentOfBatch;
    } while (due.size() == BATCH && sentOfBatch > 0);
    return sent;
  }

  /** Claims, sends and marks one notice; false when another node had it or the try failed. */
  boolean send(Long id) {
    Outgoing outgoing = claim(id);
    if (outgoing == null) {
      return false;
    }
    String error;
    try {
      deliver(outgoing);
      error = null;
    } catch (RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Notice {} ({}) not sent: {}", id, outgoing.channel(), error);
    }
    String outcome = error;
    transaction.executeWithoutResult(status -> mark(id, outcome));
    return error == null;
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

  Outgoing claim(Long id) {
    Instant now = clock.instant();
    return transaction.execute(status -> {
      if (dispatches.claim(id, now, now.plus(claim)) != 1) {
        return null;
      }
      String messageId = dispatches.findById(id).orElseThrow().getMessageId();
      Notice notice = notices.findById(id).orElseThrow();
      Invoice invoice = notice.getInvoice();
      LocalDate day =
          LocalDate.ofInstant(notice.getSentAt(), invoice.getCustomer().timeZone());
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
          id, notice.getChannel(), notice.getRecipient(), rendered, content, notice.getSentAt(),
          messageId, NoticeOutbox.fileName(invoice, notice, day));
    });
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
