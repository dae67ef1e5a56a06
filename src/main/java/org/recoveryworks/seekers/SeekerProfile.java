package org.recoveryworks.seekers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.recoveryworks.shared.Text;

/** One job seeker's profile: every field may be empty. */
@Entity
@Table(name = "seeker_profile")
class SeekerProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private Long accountId;

	private String phone;

	private String town;

	private String skills;

	private String languages;

	private String certifications;

	private String workDays;

	private String workTimes;

	private Integer hoursPerWeek;

	private String transport;

	private Integer maxMiles;

	private boolean showCredentials;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("started desc, id desc")
	private List<WorkExperience> work = new ArrayList<>();

	@OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("finished desc, id desc")
	private List<Schooling> schooling = new ArrayList<>();

	protected SeekerProfile() {
	}

	SeekerProfile(Long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(ProfileForm form, Instant now) {
		this.phone = Text.trimToNull(form.getPhone());
		this.town = Text.trimToNull(form.getTown());
		this.skills = Text.trimToNull(form.getSkills());
		this.languages = Text.trimToNull(form.getLanguages());
		this.certifications = Text.trimToNull(form.getCertifications());
		this.workDays = join(form.getDays());
		this.workTimes = join(form.getTimes());
		this.hoursPerWeek = form.getHoursPerWeek();
		this.transport = join(form.getTransport());
		this.maxMiles = form.getMaxMiles();
		this.showCredentials = form.isShowCredentials();
		this.updatedAt = now;
	}

	WorkExperience addWork(WorkForm form, Instant now) {
		WorkExperience entry = new WorkExperience(this);
		entry.change(form);
		work.add(entry);
		this.updatedAt = now;
		return entry;
	}

	Schooling addSchooling(SchoolingForm form, Instant now) {
		Schooling entry = new Schooling(this);
		entry.change(form);
		schooling.add(entry);
		this.updatedAt = now;
		return entry;
	}

	void remove(WorkExperience entry, Instant now) {
		work.remove(entry);
		this.updatedAt = now;
	}

	void remove(Schooling entry, Instant now) {
		schooling.remove(entry);
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	private static <E extends Enum<E>> String join(Set<E> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(String joined, Class<E> type, Function<String, E> valueOf) {
		Set<E> values = EnumSet.noneOf(type);
		if (joined != null) {
			Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(valueOf).forEach(values::add);
		}
		return values;
	}

	Long getId() { return id; }
	Long getAccountId() { return accountId; }
	String getPhone() { return phone; }
	String getTown() { return town; }
	String getSkills() { return skills; }
	String getLanguages() { return languages; }
	String getCertifications() { return certifications; }
	Set<DayOfWeek> getDays() { return split(workDays, DayOfWeek.class, DayOfWeek::valueOf); }
	Set<TimeOfDay> getTimes() { return split(workTimes, TimeOfDay.class, TimeOfDay::valueOf); }
	Integer getHoursPerWeek() { return hoursPerWeek; }
	Set<Transport> getTransport() { return split(transport, Transport.class, Transport::valueOf); }
	Integer getMaxMiles() { return maxMiles; }
	boolean isShowCredentials() { return showCredentials; }
	Instant getUpdatedAt() { return updatedAt; }
	List<WorkExperience> getWork() { return work; }
	List<Schooling> getSchooling() { return schooling; }
}
