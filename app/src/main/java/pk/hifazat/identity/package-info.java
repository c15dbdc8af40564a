/**
 * Users, their roles and home units, signing in, and the one rule every module uses to decide
 * whether the signed-in user may see a record: role and unit jurisdiction, enforced on the server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package pk.hifazat.identity;
