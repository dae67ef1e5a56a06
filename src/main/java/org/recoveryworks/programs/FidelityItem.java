package org.recoveryworks.programs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a fidelity scale, in its section (staffing, organization, services). */
@Entity
@Table(name = "fidelity_item")
class FidelityItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long scaleId;

	private int position;

	@Column(nullable = false)
	private String section;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String criterion;

	protected FidelityItem() {
	}

	FidelityItem(Long scaleId, int position, String section, String name, String criterion) {
		this.scaleId = scaleId;
		this.position = position;
		this.section = section;
		this.name = name;
		this.criterion = criterion;
	}

	public Long getId() { return id; }
	public int getPosition() { return position; }
	public String getSection() { return section; }
	public String getName() { return name; }
	public String getCriterion() { return criterion; }
	Long getScaleId() { return scaleId; }
}
