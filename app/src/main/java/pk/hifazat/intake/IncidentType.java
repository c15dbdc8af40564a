package pk.hifazat.intake;

/**
 * The incident types of NCMEC's CyberTipline, so that referrals map one to one. NCMEC's "child
 * pornography (possession, manufacture, distribution)" is called by its accurate name here.
 */
public enum IncidentType {
    CHILD_SEXUAL_ABUSE_MATERIAL,
    CHILD_SEX_TRAFFICKING,
    CHILD_SEX_TOURISM,
    CHILD_SEXUAL_MOLESTATION,
    MISLEADING_DOMAIN_NAME,
    MISLEADING_WORDS_OR_DIGITAL_IMAGES,
    ONLINE_ENTICEMENT,
    UNSOLICITED_OBSCENE_MATERIAL_TO_CHILD
}
