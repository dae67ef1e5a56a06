package org.recoveryworks.accounts;

import java.util.Collection;
import java.util.List;

import org.recoveryworks.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as every module sees it. */
public record AccountUser(Long id, String email, String displayName, Role role, Long organizationId, String passwordHash)
		implements UserDetails, Actor {

	@Override
	public String actorRole() {
		return role.name();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	/** The same user without the password hash: what is kept in the session after sign-in. */
	public AccountUser withoutPassword() {
		return new AccountUser(id, email, displayName, role, organizationId, null);
	}

	public boolean is(Role r) {
		return role == r;
	}

	/** Never print the password hash. */
	@Override
	public String toString() {
		return "AccountUser[" + id + ", " + role + "]";
	}
}
