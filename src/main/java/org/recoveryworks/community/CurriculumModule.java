package org.recoveryworks.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "curriculum_module")
class CurriculumModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	protected CurriculumModule() {
	}

	CurriculumModule(int position, String name) {
		this.position = position;
		this.name = name;
	}

	Long getId() { return id; }
	int getPosition() { return position; }
	String getName() { return name; }
}
