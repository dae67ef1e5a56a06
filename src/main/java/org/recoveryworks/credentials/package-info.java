/**
 * Credentials: certification tracking for the peer workforce. Credential types are data
 * (requirements, supervision domains, hour targets, exam, renewal cycle, continuing education,
 * fees); a person logs work, supervision, training, the exam and continuing education, a
 * supervisor of their program verifies each entry, and only verified entries count. Trainings
 * completed in coaching count by themselves. E-mail reminders go out before a renewal, the
 * trainee path is tracked with its date, and a candidate may share a verified summary with an
 * employer who asks.
 */
package org.recoveryworks.credentials;
