package pk.hifazat.cases.internal;

import pk.hifazat.cases.AbuserRelationship;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.IncidentPlace;

/** What an officer records about the abuse of a child when adding them to a case; both optional. */
record VictimCircumstances(AbuserRelationship relationship, IncidentPlace place) {

    static final VictimCircumstances NONE = new VictimCircumstances(null, null);

    /** As written in a form or request; only a victim has them, and another role giving them is told so. */
    static VictimCircumstances of(CaseRole role, String relationship, String place) {
        boolean given = relationship != null && !relationship.isBlank() || place != null && !place.isBlank();
        if (!given) {
            return NONE;
        }
        if (role != CaseRole.VICTIM) {
            throw new CaseInputException(relationship != null && !relationship.isBlank() ? "relationship" : "place",
                    "cases.input.victimOnly", role.name());
        }
        return new VictimCircumstances(
                relationship == null || relationship.isBlank() ? null : Inputs.choice(AbuserRelationship.class, relationship, "relationship"),
                place == null || place.isBlank() ? null : Inputs.choice(IncidentPlace.class, place, "place"));
    }
}
