/**
 * Public tips: the web form at {@code /report} where anyone, without an account, tells the agency
 * about a child in danger or abuse material, and the receipt page at {@code /receipt} where the
 * receipt code alone shows a report's coarse status and lets the reporter add what they learned
 * later. Uploaded files are recognised by their bytes and hashed (SHA-256, SHA-1, MD5, PDQ) in
 * memory; the evidence vault, when switched on, keeps them encrypted. Per-client rate limits and a
 * honeypot field slow down abuse. The pages have their own security filter chain (open to
 * everyone, CSRF-protected, strict headers), which decides on a form before its upload is read
 * (CSRF token, rate limit, size, upload memory); images are decoded with bounded memory and work, a
 * few at a time. Everything is stored through intake's public {@link pk.hifazat.intake.Intake}
 * interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public tips")
package pk.hifazat.tips;
