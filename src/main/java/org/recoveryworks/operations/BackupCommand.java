package org.recoveryworks.operations;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --backup=<file.zip>} and {@code --restore=<file.zip>}: run, print what was done and exit
 * (0 done, 1 failed, with the reason). See the README for the commands.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

	private final Backups backups;
	private final ConfigurableApplicationContext context;

	BackupCommand(Backups backups, ConfigurableApplicationContext context) {
		this.backups = backups;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean backup = args.containsOption("backup");
		boolean restore = args.containsOption("restore");
		if (!backup && !restore) {
			return;
		}
		int code;
		try {
			if (backup && restore) {
				throw new IllegalArgumentException("Give --backup or --restore, not both.");
			}
			String file = (backup ? args.getOptionValues("backup") : args.getOptionValues("restore")).stream().findFirst().orElse("");
			if (file.isBlank()) {
				throw new IllegalArgumentException("Give the backup file: --" + (backup ? "backup" : "restore") + "=<file.zip>");
			}
			Backups.Summary done = backup ? backups.backup(Path.of(file)) : backups.restore(Path.of(file));
			System.out.printf("%s %s: schema version %s, %d tables, %d rows, %d uploaded documents.%n", backup ? "Backed up to" : "Restored from",
					file, done.schemaVersion(), done.tables(), done.rows(), done.files());
			code = 0;
		}
		catch (RuntimeException e) {
			System.out.println((backup ? "Backup" : "Restore") + " failed: " + e.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}
}
