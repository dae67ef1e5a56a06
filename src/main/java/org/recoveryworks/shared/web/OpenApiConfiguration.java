package org.recoveryworks.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "RecoveryWorks API", version = "v1",
		description = "The job bank of RecoveryWorks. Errors are RFC 9457 problem details."))
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token, created on the 'API tokens' page of an employer account")
class OpenApiConfiguration {
}
