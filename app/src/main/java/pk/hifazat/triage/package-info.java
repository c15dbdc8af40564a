/**
 * Triage: every linked report resolved to a district (with the rule that decided it), given a
 * priority P1–P4 with its reasons by rules kept in the database, and put in one unit's queue — one
 * queue item per cluster of linked reports, most urgent first, then oldest. Officers claim, release,
 * re-route, escalate and close items; an unclaimed P1 is escalated to the zone's supervisor. Listens
 * to linking's {@code ReportsLinked} and the known-material module's {@code MaterialAssessed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package pk.hifazat.triage;
