package org.recoveryworks.community;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A curriculum of modules, e.g. a seven-module employment curriculum; module names are data. */
@Entity
@Table(name = "curriculum")
class Curriculum {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private String name;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "curriculum_id", nullable = false)
	@OrderBy("position")
	private List<CurriculumModule> modules = new ArrayList<>();

	protected Curriculum() {
	}

	Curriculum(Long programId, String name, List<String> moduleNames) {
		this.programId = programId;
		this.name = name;
		int position = 0;
		for (String module : moduleNames) {
			modules.add(new CurriculumModule(position++, module));
		}
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	String getName() { return name; }
	List<CurriculumModule> getModules() { return modules; }
}
