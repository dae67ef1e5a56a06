package org.recoveryworks.programs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A fidelity scale as loaded from its data file: items scored from {@code lowest} to
 * {@code highest}, and the bands a total falls into. A revised scale is a new file with a new code;
 * reviews keep the scale they were scored on.
 */
@Entity
@Table(name = "fidelity_scale")
class FidelityScale {

	/** A range of totals and its name, for example 115 to 125: exemplary fidelity. */
	@Embeddable
	record Band(@Column(name = "from_total") int from, @Column(name = "to_total") int to, String name) {

		boolean holds(int total) {
			return total >= from && total <= to;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String source;

	private int lowest;

	private int highest;

	@Column(nullable = false)
	private Instant loadedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "fidelity_band", joinColumns = @JoinColumn(name = "scale_id"))
	@OrderColumn(name = "position")
	private List<Band> bands = new ArrayList<>();

	protected FidelityScale() {
	}

	FidelityScale(String code, String name, String source, int lowest, int highest, List<Band> bands, Instant now) {
		this.code = code;
		this.name = name;
		this.source = source;
		this.lowest = lowest;
		this.highest = highest;
		this.bands = new ArrayList<>(bands);
		this.loadedAt = now;
	}

	/** The band a total falls into, if any. */
	Optional<Band> bandOf(int total) {
		return bands.stream().filter(b -> b.holds(total)).findFirst();
	}

	Long getId() { return id; }
	String getCode() { return code; }
	public String getName() { return name; }
	String getSource() { return source; }
	public int getLowest() { return lowest; }
	public int getHighest() { return highest; }
	List<Band> getBands() { return List.copyOf(bands); }
}
