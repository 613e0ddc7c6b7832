package dev.cxcrm.web.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for other systems, under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "CX CRM API",
            version = "1",
            description =
                "Customers and relationships for web shops, help desks and other systems. "
                    + "Authenticate with an API key: Authorization: Bearer <key>. "
                    + "Every error is application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
    securitySchemeName = "apiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key created by an administrator.")
public class RestApplication extends Application {}
