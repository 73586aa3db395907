package org.strikemap.ui.embed;

import java.time.LocalDate;
import java.util.List;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.MapLayer;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.i18n.Messages;
import org.strikemap.map.StrikeMarks;
import org.strikemap.share.Echo;
import org.strikemap.share.EmbedFrame;
import org.strikemap.ui.MapSetup;

/**
 * What the embed's script (frontend/embed/embed.js) reads from its page: the full page's {@link MapSetup}, the
 * wording the script shows itself, where the full map is, the day and strike it opens on when the address names
 * none, and the type of the height message the share snippet listens for. Written into the page as JSON; the
 * static publisher writes the same.
 */
record EmbedSetup(Map map, MapSetup.TimelineSetup timeline, String strikesLayer, String visibleFromProperty,
                  String onRecordFromProperty, Texts texts, String fullMapUrl, Defaults defaults, String heightMessage) {

    /** The map's part of {@link MapSetup}, with no tiles as null. */
    record Map(List<MapLayer> layers, LatLngBounds bounds, String attribution, TileLayer tiles, MapSetup.Legend legend) {
    }

    /**
     * Sentences the script writes itself; {@code echoLimit}: how much of an address value it may quote back;
     * {@code notices}: what the server refused in the address (a language, a region), worded as the full page words
     * it, and {@code refused}: those parameters' names, which the script leaves out of every address it writes.
     */
    record Texts(String wheelHint, String unknownStrike, int echoLimit, List<String> notices, List<String> refused) {
    }

    /** The day and strike shown when the address names none (a static copy published for one of them). */
    record Defaults(LocalDate day, String strike) {
    }

    static EmbedSetup of(MapSetup setup, String fullMapUrl, Defaults defaults, Messages words) {
        return of(setup, fullMapUrl, defaults, words, List.of(), List.of());
    }

    /** As above, with the server's notices about the address and the names of the parameters it refused. */
    static EmbedSetup of(MapSetup setup, String fullMapUrl, Defaults defaults, Messages words, List<String> notices,
                         List<String> refused) {
        return new EmbedSetup(new Map(setup.layers(), setup.bounds(), setup.attribution(), setup.tiles().orElse(null),
                setup.legend()), setup.timeline(), MapSetup.STRIKES, StrikeMarks.VISIBLE_FROM, StrikeMarks.ON_RECORD_FROM,
                new Texts(words.get("embed.wheelHint"), words.get("embed.unknownStrike"), Echo.LIMIT, notices, refused),
                fullMapUrl, defaults, EmbedFrame.HEIGHT_MESSAGE);
    }
}
