/**
 * Statistics: the agency's numbers — reports, cases, children identified and safeguarded, suspects
 * arrested, charged and convicted — by period, province, district, category (Sahil's "Cruel
 * Numbers" kinds and online exploitation), age band, gender and source; dashboards for staff within
 * their jurisdiction, operational figures for supervisors, and a public report where no count under
 * five is shown. Kept current by listening to intake's, triage's and cases' events into its own fact
 * tables and pre-aggregated counts; it reads no other module's tables. Counting rules:
 * docs/statistics.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package pk.hifazat.statistics;
