package pk.hifazat.media.internal;

/** How grave the material a bank holds is, as its source grades it; what triage weighs a match by. */
enum Severity {
    HIGH, MEDIUM, LOW
}
