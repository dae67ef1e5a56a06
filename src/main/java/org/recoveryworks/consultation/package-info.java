/**
 * Employer consultation: the technical assistance a program gives employers on hiring and supporting peer staff
 * (seeds/003_), with follow-ups that show on the staff dashboard through coaching's
 * {@link org.recoveryworks.coaching.StaffReminders}.
 */
package org.recoveryworks.consultation;
