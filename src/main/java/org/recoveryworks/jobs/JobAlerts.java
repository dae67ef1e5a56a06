package org.recoveryworks.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.seekers.TextPurpose;
import org.recoveryworks.seekers.Texts;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job alerts: for each saved search with an alert, the postings that are new since the last one are e-mailed in one
 * message, once a day or once a week. Each search's period is claimed with a row in {@code job_alert_period} in the
 * same transaction that records the postings sent and the mail: a second node, or the job run again, finds the row and
 * sends nothing, and no posting is sent twice for one search. Every alert has a one-click unsubscribe link that needs
 * no sign-in (RFC 8058).
 */
@Component
public class JobAlerts {

	private static final Logger log = LoggerFactory.getLogger(JobAlerts.class);

	/** At most this many new jobs in one alert (the message links to the whole search). */
	static final int MOST = 20;

	private final SavedSearchRepository searches;
	private final SavedJobs savedJobs;
	private final PostingSearch search;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Texts texts;

	JobAlerts(SavedSearchRepository searches, SavedJobs savedJobs, PostingSearch search, Accounts accounts, Mailer mailer,
			MessageSource messages, RecoveryWorksProperties properties, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			Texts texts) {
		this.texts = texts;
		this.searches = searches;
		this.savedJobs = savedJobs;
		this.search = search;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Sends the alerts due today (daily ones every day, weekly ones in the first run of a week); the number sent. */
	@Scheduled(cron = "${recoveryworks.jobs.alerts-cron:0 0 7 * * *}", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "job-alerts", lockAtLeastFor = "PT1S")
	public int sendDue() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (AlertFrequency frequency : List.of(AlertFrequency.DAILY, AlertFrequency.WEEKLY)) {
			String period = frequency == AlertFrequency.DAILY ? today.toString()
					: today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			for (SavedSearch s : searches.findByAlertOrderById(frequency)) {
				try {
					Boolean one = transaction.execute(status -> {
						if (!claim(s.getId(), period)) {
							status.setRollbackOnly();
							return false;
						}
						return send(s);
					});
					sent += Boolean.TRUE.equals(one) ? 1 : 0;
				}
				catch (RuntimeException e) {
					// One search that no longer runs (a place since removed, say) does not hold back everyone else's alerts;
					// its period is not claimed, so the next run tries it again.
					log.warn("Job alert for saved search {} not sent: {}", s.getId(), e.toString());
				}
			}
		}
		return sent;
	}

	/** Whether this run is the first to reach the search's period (the row is the claim). */
	private boolean claim(Long searchId, String period) {
		try {
			return jdbc.update("insert into job_alert_period (saved_search_id, period, sent_at) select ?, ?, ? where not exists "
					+ "(select 1 from job_alert_period where saved_search_id = ? and period = ?)", searchId, period,
					Timestamp.from(Instant.now(clock)), searchId, period) == 1;
		}
		catch (DataIntegrityViolationException e) {
			// Another node claimed it at the same moment.
			return false;
		}
	}

	/** Mails the search's new postings, if any, and records them as sent. */
	private boolean send(SavedSearch saved) {
		AccountUser person = accounts.findActive(saved.getAccountId()).orElse(null);
		if (person == null) {
			return false;
		}
		JobQuery query = savedJobs.query(saved.getQuery()).newest(100);
		ZoneId zone = clock.getZone();
		LocalDate since = saved.getCreatedAt().atZone(zone).toLocalDate();
		Set<Long> already = new HashSet<>(jdbc.queryForList("select posting_id from job_alert_posting where saved_search_id = ?", Long.class,
				saved.getId()));
		List<JobSearchResult.Hit> matching = search.search(query, false).hits().stream().filter(h -> !already.contains(h.id())).toList();
		// New: posted, or opened, since the search was saved (the jobs it found then, the person has seen).
		Set<Long> recent = new HashSet<>();
		for (JobSearchResult.Hit h : matching) {
			if (h.openDate() != null && !h.openDate().isBefore(since)) {
				recent.add(h.id());
			}
		}
		if (!matching.isEmpty()) {
			recent.addAll(jdbc.queryForList("select id from posting where created_at >= ? and id in ("
					+ String.join(",", matching.stream().map(h -> h.id().toString()).toList()) + ")", Long.class,
					Timestamp.from(saved.getCreatedAt())));
		}
		List<JobSearchResult.Hit> fresh = matching.stream().filter(h -> recent.contains(h.id())).limit(MOST).toList();
		if (fresh.isEmpty()) {
			return false;
		}
		Instant now = Instant.now(clock);
		for (JobSearchResult.Hit h : fresh) {
			jdbc.update("insert into job_alert_posting (saved_search_id, posting_id, sent_at) values (?, ?, ?)", saved.getId(), h.id(),
					Timestamp.from(now));
		}
		Locale language = accounts.languageOf(person.id());
		StringBuilder list = new StringBuilder();
		for (JobSearchResult.Hit h : fresh) {
			list.append(messages.getMessage("mail.alert.job", new Object[] { h.title(), h.organizationName(), h.town(),
					properties.baseUrl() + "/jobs/" + h.id() }, language)).append("\n\n");
		}
		// A text instead of, or as well as, the mail, if the person chose texts for alerts (it names no employer unless
		// they chose texts that name the job).
		String mine = properties.baseUrl() + "/my/saved";
		Texts.Delivery delivery = texts.send(person.id(), TextPurpose.JOB_ALERTS, messages.getMessage("text.alert", new Object[] { mine }, language),
				messages.getMessage("text.alert.named", new Object[] { fresh.size(), saved.getName(), mine }, language));
		if (delivery == Texts.Delivery.TEXT) {
			return true;
		}
		String unsubscribe = properties.baseUrl() + "/alerts/unsubscribe?token=" + savedJobs.unsubscribeToken(saved.getId());
		mailer.sendWithUnsubscribe(person.email(),
				messages.getMessage("mail.alert.subject", new Object[] { fresh.size(), saved.getName() }, language),
				messages.getMessage("mail.alert.body", new Object[] { saved.getName(), list.toString().strip(),
						properties.baseUrl() + "/jobs" + saved.getQuery(), unsubscribe, properties.baseUrl() + "/my/saved" }, language),
				unsubscribe);
		return true;
	}
}
