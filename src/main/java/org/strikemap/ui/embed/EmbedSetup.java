package org.strikemap.ui.embed;

import java.time.LocalDate;
import java.util.List;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.MapLayer;
import org.strikemap.leaflet.MapWords;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapStyle;
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
record EmbedSetup(Map map, MapSetup.TimelineSetup timeline, Strikes strikes, Texts texts, String fullMapUrl,
                  Defaults defaults, String heightMessage) {

    /** Which layer holds the strikes, and which of their properties say when each shows and is on record. */
    record Strikes(String layer, String visibleFromProperty, String onRecordFromProperty) {
    }

    /**
     * The map's part of {@link MapSetup}, with no tiles as null, and the map's colours and sizes ({@link MapStyle}) as
     * the CSS custom properties the script sets on the page (the embed's policy refuses inline styles).
     */
    record Map(List<MapLayer> layers, LatLngBounds bounds, String attribution, TileLayer tiles, MapSetup.Legend legend,
               MapWords words, java.util.Map<String, String> style) {
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

    /**
     * What the server refused in a page's address: {@code notices}, its sentences about them, and {@code names}, the
     * refused parameters' names.
     */
    record Refused(List<String> notices, List<String> names) {

        static final Refused NONE = new Refused(List.of(), List.of());
    }

    static EmbedSetup of(MapSetup setup, String fullMapUrl, Defaults defaults, Messages words) {
        return of(setup, fullMapUrl, defaults, words, Refused.NONE);
    }

    /** As above, with what the server refused in the page's address. */
    static EmbedSetup of(MapSetup setup, String fullMapUrl, Defaults defaults, Messages words, Refused refused) {
        return new EmbedSetup(new Map(setup.layers(), setup.bounds(), setup.attribution(), setup.tiles().orElse(null),
                setup.legend(), setup.words(), MapStyle.cssProperties()), setup.timeline(),
                new Strikes(MapSetup.STRIKES, StrikeMarks.VISIBLE_FROM, StrikeMarks.ON_RECORD_FROM),
                new Texts(words.get("embed.wheelHint"), words.get("embed.unknownStrike"), Echo.LIMIT, refused.notices(),
                        refused.names()),
                fullMapUrl, defaults, EmbedFrame.HEIGHT_MESSAGE);
    }
}
