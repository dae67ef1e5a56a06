package org.recoveryworks.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.recoveryworks.accounts.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job bank's numbers as C-RECS reported them (seeds/002_): jobs posted, employers posting,
 * registered job seekers, hits and unique visitors, applications.
 *
 * <p>Unique visitors are counted per day from a hash of the address and browser keyed with a
 * random secret that lives only in memory and is replaced every day, so no address is stored and
 * yesterday's hashes cannot be linked to anyone.
 */
@Service
public class JobBankStatistics {

	/** The public totals. */
	public record Totals(long jobsPosted, long employersPosting, long registeredSeekers, long pageViews,
			long uniqueVisitors, long applications) {
	}

	private final PostingRepository postings;
	private final ApplicationRepository applications;
	private final PageViewRepository views;
	private final Accounts accounts;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private LocalDate saltDay;
	private byte[] salt;

	JobBankStatistics(PostingRepository postings, ApplicationRepository applications, PageViewRepository views,
			Accounts accounts, Clock clock) {
		this.postings = postings;
		this.applications = applications;
		this.views = views;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Totals totals() {
		return new Totals(postings.countPosted(), postings.countPostingEmployers(), accounts.countSeekers(), views.count(),
				views.countUniqueVisitors(), applications.count());
	}

	@Transactional
	void recordView(String remoteAddress, String userAgent, Long postingId) {
		LocalDate today = LocalDate.now(clock);
		views.save(new PageView(today, postingId, visitorHash(today, remoteAddress, userAgent)));
	}

	@Transactional(readOnly = true)
	Map<Long, Long> viewsFor(List<Long> postingIds) {
		Map<Long, Long> result = new HashMap<>();
		if (postingIds.isEmpty()) {
			return result;
		}
		for (Object[] row : views.countByPostingIds(postingIds)) {
			result.put((Long) row[0], (Long) row[1]);
		}
		return result;
	}

	private synchronized String visitorHash(LocalDate day, String address, String userAgent) {
		if (!day.equals(saltDay)) {
			salt = new byte[32];
			random.nextBytes(salt);
			saltDay = day;
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
