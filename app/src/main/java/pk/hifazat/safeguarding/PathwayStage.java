package pk.hifazat.safeguarding;

/** Where a child stands on the safeguarding pathway, in order. Stored by name: never rename one. */
public enum PathwayStage {
    IDENTIFIED, LOCATED, SAFEGUARDED, REFERRED, IN_REHABILITATION, CLOSED
}
