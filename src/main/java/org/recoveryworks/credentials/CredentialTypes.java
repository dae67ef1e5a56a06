package org.recoveryworks.credentials;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credential types as data: administrators keep every type; a program's supervisor adds their
 * own state's certification and keeps the types their program added.
 */
@Service
class CredentialTypes {

	private final CredentialTypeRepository types;
	private final Clock clock;

	CredentialTypes(CredentialTypeRepository types, Clock clock) {
		this.types = types;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CredentialType> all() {
		return types.findAllByOrderByNameAsc();
	}

	boolean mayChange(AccountUser user, CredentialType type) {
		return user.is(Role.ADMIN) || (user.is(Role.SUPERVISOR) && type.getOrganizationId() != null
				&& Objects.equals(type.getOrganizationId(), user.organizationId()));
	}

	@Transactional
	Long add(AccountUser user, CredentialTypeForm form) {
		if (types.findByCodeIgnoreCase(form.getCode().trim()).isPresent()) {
			throw new RuleViolation("code", "credentialType.code.taken", "Another credential already has this code.");
		}
		CredentialType type = new CredentialType(form.getCode().trim().toUpperCase(java.util.Locale.ROOT),
				user.is(Role.ADMIN) ? null : user.organizationId(), Instant.now(clock));
		type.apply(form);
		return types.save(type).getId();
	}

	@Transactional(readOnly = true)
	CredentialTypeForm formOf(AccountUser user, Long id) {
		return CredentialTypeForm.of(changeable(user, id));
	}

	@Transactional
	void update(AccountUser user, Long id, CredentialTypeForm form) {
		CredentialType type = changeable(user, id);
		if (type.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(CredentialType.class, id);
		}
		form.setCode(type.getCode());
		type.apply(form);
	}

	private CredentialType changeable(AccountUser user, Long id) {
		CredentialType type = types.findById(id).orElseThrow(() -> new TypeNotFound(id));
		if (!mayChange(user, type)) {
			throw new TypeNotFound(id);
		}
		return type;
	}

	static class TypeNotFound extends NotFoundException {
		TypeNotFound(Long id) {
			super("No credential type " + id);
		}
	}
}
