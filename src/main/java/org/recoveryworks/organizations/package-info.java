/**
 * Organizations: every employer that posts jobs and every program that runs peer services, their registration and
 * verification by an administrator. The API is {@link org.recoveryworks.organizations.Organizations} and the
 * {@link org.recoveryworks.organizations.OrganizationVerified} event.
 */
package org.recoveryworks.organizations;
