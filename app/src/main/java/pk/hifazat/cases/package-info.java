/**
 * Cases: where district officers spend their day. A case is opened from reports, a cluster of linked
 * reports, or from scratch; it holds the persons (suspects, victims, guardians…) with their roles,
 * the timeline (FIR, raid, arrest, rescue, seizure, charge sheet, hearings, verdict), offences,
 * evidence with an append-only chain of custody, and tasks with deadlines. Its status moves
 * intake → investigating → action → prosecution → closed by guarded transitions. Jurisdiction comes
 * only from {@code identity.Access}; every view and change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package pk.hifazat.cases;
