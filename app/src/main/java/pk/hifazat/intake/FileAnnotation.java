package pk.hifazat.intake;

/** What the reporter says about one file. */
public enum FileAnnotation {
    ANIME_DRAWING, MEME, VIRAL, POSSIBLE_SELF_PRODUCTION, PHYSICAL_HARM, VIOLENCE, BESTIALITY, LIVE_STREAMING,
    INFANT, GENERATIVE_AI
}
