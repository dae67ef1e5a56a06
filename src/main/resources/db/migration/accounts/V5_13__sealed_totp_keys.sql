-- Authenticator keys are stored encrypted (AES-GCM, base64 with its nonce): longer than the key itself.
alter table user_account alter column totp_secret set data type varchar(200);
