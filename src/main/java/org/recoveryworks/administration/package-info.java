/**
 * Running a deployment from an empty database: the first administrator's set-up (name, states, time
 * zone, support address), peer employment programs, inviting and managing staff and employers' teams,
 * and verifying employers. Uses the accounts, organizations and coaching modules' APIs; nothing depends on it.
 */
package org.recoveryworks.administration;
