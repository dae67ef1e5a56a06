/**
 * Operations: backing up and restoring the whole database and the uploaded documents, the same
 * way on H2 and PostgreSQL. See the README for the commands.
 */
package org.recoveryworks.operations;
