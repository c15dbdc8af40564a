package pk.hifazat.identity.internal;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

import pk.hifazat.identity.StaffApi;

/** The staff API's way of signing in, as the OpenAPI document describes it. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = StaffApi.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An officer's personal access token (hzp_…) from their account page, or their signed-in session")
class StaffApiDescription {
}
