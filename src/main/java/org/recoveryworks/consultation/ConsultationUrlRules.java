package org.recoveryworks.consultation;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Employer consultation: program staff (the service checks the role and the program). */
@Component
class ConsultationUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.signedIn("/coach/consultations", "/coach/consultations/**"));
	}
}
