package pk.hifazat.intake;

/** Where the incident happened, as the CyberTipline asks it. */
public enum IncidentMedium {
    WEB_PAGE, EMAIL, NEWSGROUP, CHAT, ONLINE_GAMING, CELL_PHONE, PEER_TO_PEER, NOT_ON_INTERNET
}
