package org.recoveryworks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** RecoveryWorks: job bank, coaching and outcomes for peer-run recovery employment services. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RecoveryWorksApplication {

	public static void main(String[] args) {
		SpringApplication.run(RecoveryWorksApplication.class, args);
	}
}
