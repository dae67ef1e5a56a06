package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym groups of job search, kept by administrators: each change is in the audit trail and reaches this node's
 * search at once (other nodes within a minute).
 */
@Service
class SynonymGroups {

	private static final String RECORD = "search synonyms";

	private final SynonymGroupRepository groups;
	private final SearchWords searchWords;
	private final AuditTrail audit;
	private final Clock clock;

	SynonymGroups(SynonymGroupRepository groups, SearchWords searchWords, AuditTrail audit, Clock clock) {
		this.groups = groups;
		this.searchWords = searchWords;
		this.audit = audit;
		this.clock = clock;
	}

	/** A group as the list shows it. */
	record Listed(Long id, List<String> phrases, boolean peerRoles) {
	}

	@Transactional(readOnly = true)
	List<Listed> all(AccountUser admin) {
		requireAdmin(admin);
		return groups.findAllByOrderByIdAsc().stream().map(g -> new Listed(g.getId(), g.phrases(), g.isPeerRoles())).toList();
	}

	@Transactional
	Long add(AccountUser admin, SynonymGroupForm form) {
		requireAdmin(admin);
		Long id = groups.save(new SynonymGroup(form.phraseList(), form.isPeerRoles(), Instant.now(clock))).getId();
		audit.record(admin.id(), admin.role().name(), AuditTrail.Action.CREATE, RECORD, id, null);
		searchWords.forget();
		return id;
	}

	@Transactional(readOnly = true)
	SynonymGroupForm formOf(AccountUser admin, Long id) {
		requireAdmin(admin);
		return SynonymGroupForm.of(find(id));
	}

	@Transactional
	void update(AccountUser admin, Long id, SynonymGroupForm form) {
		requireAdmin(admin);
		SynonymGroup group = find(id);
		if (group.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(SynonymGroup.class, id);
		}
		group.change(form.phraseList(), form.isPeerRoles());
		audit.record(admin.id(), admin.role().name(), AuditTrail.Action.UPDATE, RECORD, id, null);
		searchWords.forget();
	}

	@Transactional
	void remove(AccountUser admin, Long id) {
		requireAdmin(admin);
		groups.delete(find(id));
		audit.record(admin.id(), admin.role().name(), AuditTrail.Action.DELETE, RECORD, id, null);
		searchWords.forget();
	}

	private SynonymGroup find(Long id) {
		return groups.findById(id).orElseThrow(() -> new GroupNotFound(id));
	}

	private static void requireAdmin(AccountUser user) {
		if (user == null || !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("Search words are kept by administrators");
		}
	}

	static class GroupNotFound extends NotFoundException {
		GroupNotFound(Long id) {
			super("No synonym group " + id);
		}
	}
}
