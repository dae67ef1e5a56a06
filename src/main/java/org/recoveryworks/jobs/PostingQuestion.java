package org.recoveryworks.jobs;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "posting_question")
class PostingQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "posting_id")
	private Posting posting;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 500)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuestionType type;

	@Column(length = 2000)
	private String choices;

	@Column(nullable = false)
	private boolean required;

	protected PostingQuestion() {
	}

	PostingQuestion(Posting posting) {
		this.posting = posting;
	}

	void apply(QuestionDetails q, int position) {
		this.position = position;
		this.text = q.text().trim();
		this.type = q.type();
		this.choices = q.type() == QuestionType.CHOICE && q.choices() != null ? String.join("\n", q.choices()) : null;
		this.required = Boolean.TRUE.equals(q.required());
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	String getText() {
		return text;
	}

	QuestionType getType() {
		return type;
	}

	List<String> getChoiceList() {
		return choices == null ? List.of() : Arrays.stream(choices.split("\n")).filter(s -> !s.isBlank()).toList();
	}

	boolean isRequired() {
		return required;
	}
}
