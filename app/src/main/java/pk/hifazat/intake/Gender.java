package pk.hifazat.intake;

public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
