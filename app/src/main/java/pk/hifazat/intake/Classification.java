package pk.hifazat.intake;

/** The industry classification scale: prepubescent (A) or pubescent (B); a sex act (1) or lascivious exhibition (2). */
public enum Classification {
    A1, A2, B1, B2
}
