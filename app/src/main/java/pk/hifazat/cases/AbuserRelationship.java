package pk.hifazat.cases;

/**
 * Who the abuser is to the child, as the officer recorded it when adding the child to the case:
 * what Sahil's "Cruel Numbers" counts, because most abuse comes from people the child knows.
 * Stored by name.
 */
public enum AbuserRelationship {
    PARENT, STEP_PARENT, RELATIVE, NEIGHBOUR, ACQUAINTANCE, TEACHER, RELIGIOUS_TEACHER, EMPLOYER, ONLINE_CONTACT,
    STRANGER
}
