/**
 * Accounts: users and roles, registration, sign-in, password reset and personal API tokens.
 * The API is {@link org.recoveryworks.accounts.Accounts}, {@link org.recoveryworks.accounts.AccountUser}
 * (the signed-in principal) and {@link org.recoveryworks.accounts.Role}.
 */
package org.recoveryworks.accounts;
