/**
 * Intake: every report that reaches the agency, from the public (a tip through the web form, no
 * account) or from industry (platforms, NCMEC referrals and partner agencies, one at a time or in
 * bulk over the JSON API). Each report is stored with its source, its raw payload and its
 * normalised form in one transaction, gets a {@link pk.hifazat.intake.ReceiptCode}, and is
 * announced with {@link pk.hifazat.intake.ReportsReceived} (one event per stored batch) to the
 * modules that follow, which read what they need through {@link pk.hifazat.intake.ReceivedReports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package pk.hifazat.intake;
