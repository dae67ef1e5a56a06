package org.recoveryworks.credentials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.mail.Mailer;
import org.recoveryworks.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every morning, e-mails holders whose renewal is near (60 and 14 days before, by default), with
 * the continuing-education hours they still need this cycle. Each reminder goes out once.
 */
@Component
class CredentialReminders {

	private final CredentialTrackRepository tracks;
	private final Credentials credentials;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final CredentialsSettings settings;
	private final JdbcTemplate jdbc;
	private final Dates dates;
	private final Clock clock;

	CredentialReminders(CredentialTrackRepository tracks, Credentials credentials, Accounts accounts, Mailer mailer,
			MessageSource messages, RecoveryWorksProperties properties, CredentialsSettings settings, JdbcTemplate jdbc, Dates dates, Clock clock) {
		this.dates = dates;
		this.tracks = tracks;
		this.credentials = credentials;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 15 7 * * *", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "credential-reminders", lockAtLeastFor = "PT1M")
	@Transactional
	public void sendReminders() {
		LocalDate today = LocalDate.now(clock);
		List<Integer> days = settings.reminderDays().stream().sorted(Comparator.reverseOrder()).toList();
		for (CredentialTrack track : tracks.findAll()) {
			CredentialType type = credentials.type(track.getTypeId()).orElseThrow();
			CredentialProgress.Certification c = credentials.progress(track, type, credentials.entriesOf(track.getId())).certification();
			if (c == null || c.expired()) {
				continue;
			}
			long left = ChronoUnit.DAYS.between(today, c.renewalDue());
			List<Integer> due = days.stream().filter(d -> left <= d).filter(d -> !sent(track.getId(), c.renewalDue(), d)).toList();
			if (due.isEmpty()) {
				continue;
			}
			// One e-mail, even when several reminders fall due at once (say, after a late certification entry).
			due.forEach(d -> jdbc.update("insert into credential_reminder (track_id, due_on, days_before, sent_at) values (?, ?, ?, ?)",
					track.getId(), Date.valueOf(c.renewalDue()), d, Timestamp.from(Instant.now(clock))));
			accounts.find(track.getAccountId()).ifPresent(person -> mail(person, type, c, left));
		}
	}

	private void mail(AccountUser person, CredentialType type, CredentialProgress.Certification c, long left) {
		// In the person's own language, dates included.
		org.recoveryworks.shared.web.Languages.writeIn(accounts.languageOf(person.id()), () -> {
			var locale = LocaleContextHolder.getLocale();
			String date = dates.day(c.renewalDue());
			String ceEnd = dates.day(c.ceCycleEnd());
			mailer.send(person.email(), messages.getMessage("mail.credentialRenewal.subject", new Object[] { type.getName(), date }, locale),
					messages.getMessage("mail.credentialRenewal.body", new Object[] { type.getName(), date, left,
							c.ceVerified().stripTrailingZeros().toPlainString(), c.ceTarget().toPlainString(), ceEnd,
							properties.baseUrl() + "/credentials" }, locale));
		});
	}

	private boolean sent(Long trackId, LocalDate dueOn, int daysBefore) {
		Integer n = jdbc.queryForObject("select count(*) from credential_reminder where track_id = ? and due_on = ? and days_before = ?",
				Integer.class, trackId, Date.valueOf(dueOn), daysBefore);
		return n != null && n > 0;
	}
}
