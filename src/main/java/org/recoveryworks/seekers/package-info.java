/**
 * Seekers: a job seeker's own profile (contact details, work history, schooling, skills, languages, when and how they
 * can get to work). All of it is optional and theirs: it fills their applications, it is in their data download, and
 * it is erased with their account. The API is {@link org.recoveryworks.seekers.SeekerProfiles} and the
 * {@link org.recoveryworks.seekers.ApplicantProfile} it gives for an application.
 */
package org.recoveryworks.seekers;
