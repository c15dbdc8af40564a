package pk.hifazat.cases;

/** What happened on a case's timeline. Stored by name: never rename one. */
public enum CaseEventKind {
    FIR_REGISTERED, SEARCH, RAID, ARREST, RESCUE, SEIZURE, CHARGE_SHEET, HEARING, CONVICTION, ACQUITTAL
}
