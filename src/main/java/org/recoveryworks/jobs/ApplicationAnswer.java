package org.recoveryworks.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_answer")
class ApplicationAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private JobApplication application;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "question_id")
	private PostingQuestion question;

	@Column(nullable = false, length = 500)
	private String questionText;

	@Column(length = 4000)
	private String answer;

	protected ApplicationAnswer() {
	}

	ApplicationAnswer(JobApplication application, PostingQuestion question, String answer) {
		this.application = application;
		this.question = question;
		this.questionText = question.getText();
		this.answer = answer;
	}

	String getQuestionText() {
		return questionText;
	}

	String getAnswer() {
		return answer;
	}
}
