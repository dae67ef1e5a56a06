package org.recoveryworks.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of what the first administrator set up: the deployment's name, states, time zone and support address. */
@Entity
@Table(name = "deployment_settings")
class DeploymentSettings {

	static final long ID = 1L;

	@Id
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String states;

	@Column(nullable = false)
	private String timeZone;

	@Column(nullable = false)
	private String supportEmail;

	private Instant setUpAt;

	private Long setUpBy;

	@Version
	private long version;

	protected DeploymentSettings() {
	}

	DeploymentSettings(Deployment.Settings s, Instant now, Long by) {
		this.id = ID;
		apply(s, now, by);
	}

	void apply(Deployment.Settings s, Instant now, Long by) {
		this.name = s.name();
		this.states = String.join(",", s.states());
		this.timeZone = s.zone().getId();
		this.supportEmail = s.supportEmail();
		this.setUpAt = now;
		this.setUpBy = by;
	}

	long getVersion() {
		return version;
	}

	Deployment.Settings toSettings() {
		return new Deployment.Settings(name, java.util.List.of(states.split(",")), java.time.ZoneId.of(timeZone), supportEmail,
				setUpAt != null, version);
	}
}
