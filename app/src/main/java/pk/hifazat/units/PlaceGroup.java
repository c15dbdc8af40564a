package pk.hifazat.units;

import java.util.List;

import pk.hifazat.geography.LocalisedName;

/**
 * Places offered in a picker under one heading, a province; a heading of null stands for units that
 * answer for more than one province. Names are given in both languages; the order is the page's.
 */
public record PlaceGroup(LocalisedName heading, List<PlaceChoice> choices) {

    /** One place to choose: its code is what the form sends. */
    public record PlaceChoice(String code, LocalisedName name) {
    }
}
