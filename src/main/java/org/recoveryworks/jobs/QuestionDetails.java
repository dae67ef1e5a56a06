package org.recoveryworks.jobs;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One application question an employer asks. */
public record QuestionDetails(
		@NotBlank(message = "{question.text.required}") @Size(max = 500, message = "{question.text.size}") String text,
		@NotNull(message = "{question.type.required}") QuestionType type,
		@Size(max = 20, message = "{question.choices.size}") List<@NotBlank(message = "{question.choices.blank}") @Size(max = 95, message = "{question.choices.blank}") String> choices,
		Boolean required) {

	@JsonIgnore
	@AssertTrue(message = "{question.choices.needed}")
	public boolean isChoicesValid() {
		return type != QuestionType.CHOICE
				|| (choices != null && choices.size() >= 2 && choices.stream().allMatch(c -> c != null && !c.isBlank()));
	}
}
