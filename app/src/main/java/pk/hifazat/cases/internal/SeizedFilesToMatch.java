package pk.hifazat.cases.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.EvidenceSeized;
import pk.hifazat.media.SeizedItem;
import pk.hifazat.media.SeizedMaterial;

/**
 * Hands each seized item's files to known material for matching, after the seizure is committed
 * (retried by the event publication registry until it succeeds). Media cannot listen to cases itself:
 * cases depends on linking, which depends on media.
 */
@Component
class SeizedFilesToMatch {

    private final SeizedMaterial material;

    SeizedFilesToMatch(SeizedMaterial material) {
        this.material = material;
    }

    @ApplicationModuleListener
    void on(EvidenceSeized seized) {
        material.match(new SeizedItem(seized.caseId().value(), seized.number().value(), seized.item(), seized.label(),
                seized.files().stream().map(f -> new SeizedItem.File(f.name(), f.sha256(), f.pdq(), f.quality())).toList()));
    }
}
