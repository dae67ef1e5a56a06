package org.recoveryworks.credentials;

import java.util.List;

import org.recoveryworks.seekers.VerifiedCredentials;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The credentials a person holds, from verified entries only, for their profile (seekers asks). */
@Component
class CredentialsForProfiles implements VerifiedCredentials {

	private final Credentials credentials;

	CredentialsForProfiles(Credentials credentials) {
		this.credentials = credentials;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Held> heldBy(Long accountId) {
		return credentials.tracksOf(accountId).stream().map(t -> {
			CredentialType type = credentials.type(t.getTypeId()).orElse(null);
			if (type == null) {
				return null;
			}
			CredentialProgress.Certification c = credentials.progress(t, type, credentials.entriesOf(t.getId())).certification();
			return c == null || c.expired() ? null : new Held(type.getName(), type.getIssuer(), c.certifiedOn(), c.renewalDue());
		}).filter(h -> h != null).toList();
	}
}
