package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CasePageSection;
import pk.hifazat.media.SeizedMaterial;
import pk.hifazat.media.SeizedMaterialSummary;

/**
 * The case page's card of known material among the seized files: "3 of 12 files match known material
 * (NCMEC list: 2, IWF: 1)", "2 pictures match nothing known: possible new victim". Counts and bank
 * names only, never an image. Its wording is known material's ({@code media.seized.*} in its bundle).
 */
@Component
class KnownMaterialSection implements CasePageSection {

    private final SeizedMaterial material;

    KnownMaterialSection(SeizedMaterial material) {
        this.material = material;
    }

    @Override
    public Optional<Section> about(CaseId caseId, CaseNumber number) {
        SeizedMaterialSummary found = material.ofCase(caseId.value());
        if (found.files() == 0) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        if (found.matchedFiles() == 0) {
            lines.add(new Line("media.seized.noneMatched", List.of(found.files())));
        } else {
            lines.add(new Line("media.seized.matched", List.of(found.matchedFiles(), found.files(), found.byBank().stream()
                    .map(bank -> bank.bank() + ": " + bank.files()).collect(Collectors.joining(", ")))));
        }
        if (found.unknownPictures() > 0) {
            lines.add(new Line("media.seized.unknown", List.of(found.unknownPictures())));
        }
        return Optional.of(new Section("media.seized.title", lines, null, null));
    }
}
