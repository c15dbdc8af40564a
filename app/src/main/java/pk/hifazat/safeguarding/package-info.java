/**
 * Safeguarding: every identified child followed to safety. A child's record (made when cases
 * announces a victim) follows the pathway identified → located → safeguarded → referred to a Child
 * Protection Bureau office → in rehabilitation → closed, each step dated, guarded and audited. The
 * child appears everywhere by a pseudonym ({@code Child M-07}); name, parents, address, phone, school
 * and photographs are sealed and shown only when a user with the right reveals them with a reason.
 * A bureau office's caseworkers see only the children referred to that office, with their care plan.
 * Children reported missing or abducted are recorded at once and alerted to their province's units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding")
package pk.hifazat.safeguarding;
