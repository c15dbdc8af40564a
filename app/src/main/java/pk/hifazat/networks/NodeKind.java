package pk.hifazat.networks;

/** What a node of the graph stands for. Cases and persons are fed by the cases module through {@link GraphFeed}. */
public enum NodeKind {
    REPORT, PHONE, EMAIL, ACCOUNT, IP, WALLET, URL, DEVICE, MEDIA, PERSON, VICTIM, CASE;

    /** Whether the node stands for someone or something that acts: what "most connected" ranks. */
    public boolean actor() {
        return this == PERSON || this == ACCOUNT || this == PHONE || this == EMAIL || this == WALLET;
    }
}
