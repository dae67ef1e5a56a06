/**
 * Employers: organizations that post jobs, their registration and verification by an admin.
 * The API is {@link org.recoveryworks.employers.Organizations} and the
 * {@link org.recoveryworks.employers.OrganizationVerified} event.
 */
package org.recoveryworks.employers;
