/**
 * Programs: the public program finder (IPS supported employment, peer-run organizations,
 * recovery-oriented employment services, vocational rehabilitation offices, legal aid), kept by
 * administrators or by a program's own verified staff.
 */
package org.recoveryworks.programs;
