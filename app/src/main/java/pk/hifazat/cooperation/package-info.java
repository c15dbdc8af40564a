/**
 * International cooperation: requests to agencies abroad (an INTERPOL channel, a foreign police agency
 * such as Germany's Bundeskriminalamt, a mutual-legal-assistance request through the ministry, a
 * preservation or disclosure request to a foreign platform), each for a case, moved
 * draft → awaiting approval → sent → acknowledged → answered → closed by guarded transitions, approved
 * by a supervisor other than its drafter before it is sent; overdue ones on the supervisor's home page.
 * And the case package for the partner, JSON and PDF, holding only the parts the officer chose.
 * Case content comes only through {@code cases.CaseDossiers}; jurisdiction only from
 * {@code identity.Access}; every step and export audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "International cooperation")
package pk.hifazat.cooperation;
