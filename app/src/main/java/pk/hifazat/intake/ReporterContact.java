package pk.hifazat.intake;

/** How a member of the public may be contacted about their tip; every part optional. */
public record ReporterContact(String name, String email, String phone) {
}
