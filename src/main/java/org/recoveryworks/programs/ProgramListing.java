package org.recoveryworks.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.recoveryworks.shared.Text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A program in the finder. */
@Entity
@Table(name = "program_listing")
class ProgramListing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgramKind kind;

	@Column(nullable = false)
	private String services;

	@Column(nullable = false)
	private String languages;

	private String eligibility;

	private String hours;

	private String phone;

	private String email;

	private String website;

	private String street;

	@Column(nullable = false)
	private String town;

	@Column(nullable = false)
	private String zip;

	private double latitude;

	private double longitude;

	private Long organizationId;

	@Column(nullable = false)
	private LocalDate confirmedOn;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ProgramListing() {
	}

	ProgramListing(Instant now) {
		this.createdAt = now;
	}

	/** Saves the form's details, located at the given point; saving is confirming the details are current. */
	void apply(ProgramForm f, double latitude, double longitude, LocalDate today) {
		this.name = f.getName().trim();
		this.kind = f.getKind();
		this.services = f.getServices().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.languages = String.join(",", f.languageList());
		this.eligibility = Text.trimToNull(f.getEligibility());
		this.hours = Text.trimToNull(f.getHours());
		this.phone = Text.trimToNull(f.getPhone());
		this.email = Text.trimToNull(f.getEmail());
		this.website = Text.trimToNull(f.getWebsite());
		this.street = Text.trimToNull(f.getStreet());
		this.town = f.getTown().trim();
		this.zip = f.getZip().trim();
		this.latitude = latitude;
		this.longitude = longitude;
		this.confirmedOn = today;
	}

	void keepUpBy(Long organizationId) {
		this.organizationId = organizationId;
	}

	void confirm(LocalDate today) {
		this.confirmedOn = today;
	}

	Set<ProgramService> serviceSet() {
		EnumSet<ProgramService> set = EnumSet.noneOf(ProgramService.class);
		if (!services.isBlank()) {
			Arrays.stream(services.split(",")).map(ProgramService::valueOf).forEach(set::add);
		}
		return set;
	}

	List<String> languageList() {
		return languages.isBlank() ? List.of() : List.of(languages.split(","));
	}

	Long getId() { return id; }
	String getName() { return name; }
	ProgramKind getKind() { return kind; }
	Instant getCreatedAt() { return createdAt; }
	String getEligibility() { return eligibility; }
	String getHours() { return hours; }
	String getPhone() { return phone; }
	String getEmail() { return email; }
	String getWebsite() { return website; }
	String getStreet() { return street; }
	String getTown() { return town; }
	String getZip() { return zip; }
	double getLatitude() { return latitude; }
	double getLongitude() { return longitude; }
	Long getOrganizationId() { return organizationId; }
	LocalDate getConfirmedOn() { return confirmedOn; }
	long getVersion() { return version; }
}
