package org.recoveryworks.audit;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.recoveryworks.shared.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the audit trail tamper-evident against someone who can write to the database but does not
 * have the audit key. Each entry is sealed with the key when it is written ({@link AuditTrail}). A
 * few seconds later the entries whose seal holds are linked in order: each gets the next sequence
 * number and a keyed hash of its content and the link before it, and the head row keeps the last
 * link, sealed too. Entries without a valid seal are never linked. {@link #verify()} checks every
 * row, and the chain against the checkpoints kept outside the database ({@link CheckpointFiles}).
 * Sealing takes a lock on the head row, so two nodes never seal at once.
 */
@Component
public class AuditChain {

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	/** The chain as sealed before the key (plain SHA-256), and with the key. */
	static final int PLAIN_SCHEME = 1;
	static final int KEYED_SCHEME = 2;

	/** At most this many examples of one kind of problem are named; the rest are counted. */
	private static final int EXAMPLES = 5;

	/**
	 * What a verification found. Intact: every link holds, the head is where the chain ends, every row
	 * has its place or is a sealed entry waiting to be linked, and the chain matches every checkpoint.
	 * Otherwise {@code problems} says each thing found, in plain words, and the first link or entry
	 * where the chain breaks.
	 *
	 * @param entries the number of links of the chain (the sealed entries)
	 * @param headHash the last link (with {@code entries}, what a checkpoint keeps)
	 * @param waiting entries written and sealed by the application, not linked yet
	 * @param checkpoint the newest checkpoint the chain was compared with, described, or null
	 */
	public record Verification(boolean intact, long entries, String headHash, long waiting, Long brokenAtSequence, Long brokenAtId,
			String reason, List<String> problems, String checkpoint) {

		public String describe() {
			if (!intact) {
				return "Audit trail broken. " + String.join(" ", problems);
			}
			return "Audit trail intact: " + entries + " sealed entries" + (waiting == 0 ? "" : ", " + waiting + " waiting to be sealed") + ". "
					+ (checkpoint == null ? "No checkpoint has been saved yet." : "It matches the " + checkpoint + ".");
		}
	}

	/** The problems found by a check, in the order they are told, and where the chain first breaks. */
	private static final class Findings {

		final List<String> problems = new ArrayList<>();
		Long brokenAtSequence;
		Long brokenAtId;

		void add(String problem, Long sequence, Long id) {
			problems.add(problem);
			breaksAt(sequence, id);
		}

		/** The first break found is the one kept (the walk finds them in chain order). */
		void breaksAt(Long sequence, Long id) {
			if (brokenAtSequence == null && brokenAtId == null) {
				brokenAtSequence = sequence;
				brokenAtId = id;
			}
		}

		/** One problem for many rows: the first few named, the rest counted. */
		void addMany(Examples examples, String one, String many, Long sequence, Long id) {
			if (examples.count > 0) {
				String text = (examples.count == 1 ? one : many).replace("{}", examples.named());
				add(Character.toUpperCase(text.charAt(0)) + text.substring(1), sequence, id);
			}
		}
	}

	/** Rows with the same problem: a few named, all counted. */
	private static final class Examples {

		final List<String> names = new ArrayList<>();
		long count;
		Long firstSequence;
		Long firstId;

		void add(String name, Long sequence, Long id) {
			if (count++ == 0) {
				firstSequence = sequence;
				firstId = id;
			}
			if (names.size() < EXAMPLES) {
				names.add(name);
			}
		}

		String named() {
			return String.join(", ", names) + (count > names.size() ? " and " + (count - names.size()) + " more" : "");
		}
	}

	private final JdbcTemplate jdbc;
	private final AuditSeals seals;
	private final CheckpointFiles checkpoints;
	private final Dates dates;
	private final Clock clock;

	/** For walking the whole trail: rows come in batches instead of all at once. */
	private final JdbcTemplate walker;

	AuditChain(JdbcTemplate jdbc, AuditSeals seals, CheckpointFiles checkpoints, Dates dates, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.seals = seals;
		this.checkpoints = checkpoints;
		this.dates = dates;
		this.walker = new JdbcTemplate(jdbc.getDataSource());
		this.walker.setFetchSize(1000);
	}

	private record Head(long sequence, String hash, String mac, int scheme) {

		boolean empty() {
			return sequence == 0 && "".equals(hash);
		}
	}

	private Head head(boolean lock) {
		Map<String, Object> row = jdbc.queryForMap("select last_seq, last_hash, head_mac, scheme from audit_chain_head where id = 1"
				+ (lock ? " for update" : ""));
		return new Head(((Number) row.get("last_seq")).longValue(), (String) row.get("last_hash"), (String) row.get("head_mac"),
				((Number) row.get("scheme")).intValue());
	}

	/** The head is the application's: its seal holds (an empty chain needs none). */
	private boolean sealed(Head head) {
		return head.empty() || AuditSeals.same(seals.head(head.sequence(), head.hash()), head.mac());
	}

	/**
	 * Links the entries written since the last run whose seal holds, oldest first, up to 5,000 at a
	 * time; entries without a valid seal are left out (the check reports them). Does nothing while the
	 * head is not the application's, or rows are numbered past it: linking after them would vouch for them.
	 */
	@Scheduled(fixedDelayString = "${recoveryworks.audit.seal-every:PT5S}")
	@Transactional
	public int seal() {
		Head head = head(true);
		if (head.scheme() != KEYED_SCHEME) {
			return 0;
		}
		if (!sealed(head)) {
			log.error("The head of the audit chain does not carry its seal: nothing is sealed until the privacy officer has checked"
					+ " the trail (/privacy/audit)");
			return 0;
		}
		Integer past = jdbc.queryForObject("select count(*) from audit_entry where chain_seq > ?", Integer.class, head.sequence());
		if (past != null && past > 0) {
			log.error("{} audit entries are numbered past the head of the chain: nothing is sealed until the privacy officer has"
					+ " checked the trail (/privacy/audit)", past);
			return 0;
		}
		long seq = head.sequence();
		String previous = head.hash();
		List<Object[]> links = new ArrayList<>();
		long after = Long.MIN_VALUE;
		while (links.size() < 5000) {
			List<Map<String, Object>> rows = jdbc.queryForList("select " + AuditSeals.COLUMNS + ", entry_mac from audit_entry"
					+ " where chain_seq is null and id > ? order by id fetch first 1000 rows only", after);
			for (Map<String, Object> row : rows) {
				after = ((Number) row.get("id")).longValue();
				if (links.size() < 5000 && AuditSeals.same(seals.entry(row), (String) row.get("entry_mac"))) {
					seq++;
					previous = seals.link(previous, seq, row);
					links.add(new Object[] { seq, previous, row.get("id") });
				}
			}
			if (rows.size() < 1000) {
				break;
			}
		}
		if (links.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("update audit_entry set chain_seq = ?, hash = ? where id = ?", links);
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, head_mac = ? where id = 1", seq, previous,
				seals.head(seq, previous));
		return links.size();
	}

	/**
	 * Checks every row of the trail, and never seals anything: each link in order (none missing, each
	 * made with the key from its entry and the link before it), the head (sealed, at the last link), rows
	 * numbered past the head, rows without a place in the chain (sealed entries waiting to be linked, or
	 * rows the application did not write), and the chain against every checkpoint. One snapshot of the
	 * database, so entries sealed meanwhile do not confuse it.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Verification verify() {
		// The files first, then the database: every checkpoint read was made of a chain this snapshot holds.
		CheckpointFiles.Found found = checkpoints.read();
		Head head = head(false);
		if (head.scheme() != KEYED_SCHEME) {
			return plainCheck(head);
		}
		Map<Long, List<CheckpointFiles.Checkpoint>> bySequence = new HashMap<>();
		found.valid().forEach(c -> bySequence.computeIfAbsent(c.sequence(), s -> new ArrayList<>()).add(c));

		Set<CheckpointFiles.Checkpoint> matched = new HashSet<>();

		Findings findings = new Findings();
		long[] last = { 0 };
		String[] previous = { "" };
		List<String> missing = new ArrayList<>();
		Examples changed = new Examples();
		Examples pastHead = new Examples();
		Examples misnumbered = new Examples();
		walker.query("select " + AuditSeals.COLUMNS + ", chain_seq, hash from audit_entry where chain_seq is not null order by chain_seq",
				(ResultSet rs) -> {
					long seq = rs.getLong("chain_seq");
					long id = rs.getLong("id");
					String hash = rs.getString("hash");
					if (seq > head.sequence()) {
						pastHead.add("entry id " + id + " (link " + seq + ")", seq, id);
						return;
					}
					if (seq < 1) {
						misnumbered.add("entry id " + id + " (link " + seq + ")", seq, id);
						return;
					}
					if (seq != last[0] + 1) {
						missing.add(seq == last[0] + 2 ? "Link " + (last[0] + 1) + " is missing."
								: "Links " + (last[0] + 1) + " to " + (seq - 1) + " are missing.");
						findings.breaksAt(last[0] + 1, null);
					}
					else if (!AuditSeals.same(seals.link(previous[0], seq, AuditSeals.row(rs)), hash)) {
						changed.add("link " + seq + " (entry id " + id + ")", seq, id);
						findings.breaksAt(seq, id);
					}
					for (CheckpointFiles.Checkpoint c : bySequence.getOrDefault(seq, List.of())) {
						if (c.hash().equals(hash)) {
							matched.add(c);
						}
					}
					// The next link is checked against this one as stored: each changed entry shows on its own.
					previous[0] = hash;
					last[0] = seq;
				});
		findings.addMany(changed, "At {}: the entry or the one before it was changed.",
				"At {}: entries were changed, or the links were made again without the key.", null, null);
		missing.forEach(m -> findings.add(m, null, null));
		if (!sealed(head)) {
			findings.add("The head of the chain was changed: it does not carry the application's seal.", head.sequence(), null);
		}
		if (head.sequence() > last[0]) {
			long gone = head.sequence() - last[0];
			findings.add("The last " + (gone == 1 ? "sealed entry is" : gone + " sealed entries are") + " missing: the chain ends at link "
					+ last[0] + ", its head says " + head.sequence() + ".", last[0] + 1, null);
		}
		else if (!head.hash().equals(previous[0])) {
			findings.add("The head of the chain does not match its last link.", head.sequence(), null);
		}
		findings.addMany(pastHead, "{} is numbered past the head of the chain: the application did not seal it there.",
				"{} are numbered past the head of the chain: the application did not seal them there.", pastHead.firstSequence,
				pastHead.firstId);
		findings.addMany(misnumbered, "{} has a link number the chain does not have: the application did not seal it.",
				"{} have link numbers the chain does not have: the application did not seal them.", misnumbered.firstSequence,
				misnumbered.firstId);
		long waiting = unsealed(findings);
		compare(found, matched, findings);

		CheckpointFiles.Checkpoint newest = found.newest();
		String checkpoint = newest == null ? null : "checkpoint of " + dates.time(newest.at()) + " (link " + newest.sequence() + ")";
		boolean intact = findings.problems.isEmpty();
		return new Verification(intact, last[0], previous[0], waiting, findings.brokenAtSequence, findings.brokenAtId,
				intact ? null : findings.problems.get(0), List.copyOf(findings.problems), checkpoint);
	}

	/** Rows without a place in the chain: sealed entries wait to be linked; any other row was not written by the application. */
	private long unsealed(Findings findings) {
		long[] waiting = { 0 };
		Examples forged = new Examples();
		walker.query("select " + AuditSeals.COLUMNS + ", entry_mac from audit_entry where chain_seq is null order by id", (ResultSet rs) -> {
			if (AuditSeals.same(seals.entry(AuditSeals.row(rs)), rs.getString("entry_mac"))) {
				waiting[0]++;
			}
			else {
				forged.add("entry id " + rs.getLong("id"), null, rs.getLong("id"));
			}
		});
		findings.addMany(forged, "{} has no place in the chain and no valid seal: the application did not write it.",
				"{} have no place in the chain and no valid seal: the application did not write them.", null, forged.firstId);
		return waiting[0];
	}

	/** Every checkpoint must still be in the chain, with the same link; a file the key did not sign is reported too. */
	private void compare(CheckpointFiles.Found found, Set<CheckpointFiles.Checkpoint> matched, Findings findings) {
		List<CheckpointFiles.Checkpoint> failed = found.valid().stream().filter(c -> c.sequence() > 0 && !matched.contains(c))
			.sorted(Comparator.comparing(CheckpointFiles.Checkpoint::sequence).reversed()).toList();
		if (!failed.isEmpty()) {
			CheckpointFiles.Checkpoint c = failed.get(0);
			findings.add("The trail was rewritten or shortened since the checkpoint of " + dates.time(c.at()) + " (link " + c.sequence()
					+ (failed.size() > 1 ? "; " + (failed.size() - 1) + " earlier checkpoints do not match either" : "")
					+ "): the chain no longer matches it.", null, null);
		}
		for (String file : found.unsigned()) {
			findings.add("The checkpoint file " + file + " is not signed with the audit key: it was changed, or the application did not"
					+ " write it.", null, null);
		}
	}

	/**
	 * A trail sealed before the key: its plain SHA-256 chain, checked as it was. Reported as broken even
	 * when intact, since it is not yet protected by the key; the next start upgrades it.
	 */
	private Verification plainCheck(Head head) {
		Verification plain = checkPlainChain(head);
		if (plain.intact()) {
			String problem = "The trail is not sealed with the audit key yet (its " + plain.entries() + " entries are linked the old way, and"
					+ " intact): the application seals it again with the key when it starts.";
			return new Verification(false, plain.entries(), plain.headHash(), 0, null, null, problem, List.of(problem), null);
		}
		String problem = plain.reason() + " This was found in the trail as it was sealed before the audit key, so it was not sealed"
				+ " again with the key: see docs/operations.md.";
		return new Verification(false, plain.entries(), plain.headHash(), 0, plain.brokenAtSequence(), plain.brokenAtId(), problem,
				List.of(problem), null);
	}

	/** The old check: every link up to the head recomputed with plain SHA-256, the head at the last link, nothing past it. */
	private Verification checkPlainChain(Head head) {
		long[] expected = { 0 };
		String[] previous = { "" };
		Verification[] broken = { null };
		walker.query("select " + AuditSeals.COLUMNS + ", chain_seq, hash from audit_entry where chain_seq is not null order by chain_seq",
				(ResultSet rs) -> {
					if (broken[0] != null) {
						return;
					}
					long seq = rs.getLong("chain_seq");
					long id = rs.getLong("id");
					expected[0]++;
					if (seq > head.sequence()) {
						broken[0] = broken(expected[0] - 1, previous[0], seq, id, "Entry id " + id + " is numbered past the head of the chain.");
					}
					else if (seq != expected[0]) {
						broken[0] = broken(expected[0] - 1, previous[0], expected[0], id, "Link " + expected[0] + " is missing.");
					}
					else {
						String computed = AuditSeals.legacyHash(previous[0], seq, AuditSeals.row(rs));
						if (!computed.equals(rs.getString("hash"))) {
							broken[0] = broken(seq - 1, previous[0], seq, id, "At link " + seq + " (entry id " + id
									+ "): the entry or the one before it was changed.");
						}
						previous[0] = computed;
					}
				});
		if (broken[0] != null) {
			return broken[0];
		}
		if (head.sequence() != expected[0] || !Objects.equals(head.hash(), previous[0])) {
			return broken(expected[0], previous[0], expected[0] + 1, null, "The last " + (head.sequence() - expected[0])
					+ " sealed entries are missing.");
		}
		return new Verification(true, expected[0], previous[0], 0, null, null, null, List.of(), null);
	}

	private static Verification broken(long entries, String hash, long sequence, Long id, String reason) {
		return new Verification(false, entries, hash, 0, sequence, id, reason, List.of(reason), null);
	}

	/** At start-up: a trail sealed before the key is checked and, if intact, sealed again with it. */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public void upgradeAtStartUp() {
		upgradeLocked(false);
	}

	/**
	 * Seals a trail made before the key again with it, even if its old chain is broken: for the privacy
	 * officer, once they have looked into the break ({@code --audit-upgrade-broken-chain}). The break is
	 * written into the trail, so it stays on record. False if there was nothing to upgrade.
	 */
	@Transactional
	public boolean upgradeEvenIfBroken() {
		return upgradeLocked(true);
	}

	private boolean upgradeLocked(boolean evenIfBroken) {
		Head head = head(true);
		if (head.scheme() == KEYED_SCHEME) {
			return false;
		}
		Verification plain = checkPlainChain(head);
		if (!plain.intact()) {
			if (!evenIfBroken) {
				log.error("The audit trail was broken before it could be sealed with the audit key, so it was left as it is: {} The privacy"
						+ " officer's check (/privacy/audit) shows it; see docs/operations.md for what to do.", plain.reason());
				return false;
			}
			String detail = "Sealed with the audit key although the old chain was broken: " + plain.reason();
			jdbc.update("insert into audit_entry (at, actor_role, action, record_type, from_address, detail) values (?, ?, ?, ?, ?, ?)",
					java.sql.Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)), "SYSTEM", "UPDATE",
					AuditController.RECORD, "system", detail.length() > 300 ? detail.substring(0, 300) : detail);
		}
		// Numbered again from 1 in the old order, then the entries not yet linked: first out of the way (negative), then in place.
		jdbc.update("update audit_entry set chain_seq = -chain_seq where chain_seq is not null");
		long seq = 0;
		String previous = "";
		for (String order : List.of("chain_seq < 0 order by chain_seq desc", "chain_seq is null order by id")) {
			while (true) {
				List<Map<String, Object>> rows = jdbc.queryForList("select " + AuditSeals.COLUMNS + " from audit_entry where " + order
						+ " fetch first 1000 rows only");
				if (rows.isEmpty()) {
					break;
				}
				List<Object[]> links = new ArrayList<>();
				for (Map<String, Object> row : rows) {
					seq++;
					previous = seals.link(previous, seq, row);
					links.add(new Object[] { seq, previous, seals.entry(row), row.get("id") });
				}
				jdbc.batchUpdate("update audit_entry set chain_seq = ?, hash = ?, entry_mac = ? where id = ?", links);
			}
		}
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, head_mac = ?, scheme = ? where id = 1", seq, previous,
				seq == 0 ? null : seals.head(seq, previous), KEYED_SCHEME);
		log.info("The audit trail's {} entries are now sealed with the audit key", seq);
		return true;
	}
}
