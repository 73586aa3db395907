package org.strikemap.picture;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapLayers;
import org.strikemap.share.ServerUrl;
import org.strikemap.strike.Strike;

/** The map's pictures, drawn once per dataset and parameters: {@code /embed.png} and the static publisher. */
@Service
public class Pictures {

    private final MapLayers layers;
    private final PictureCache cache;
    /** The public address the credit names (scheme and trailing slash left out), "" when none is set. */
    private final String address;

    Pictures(MapLayers layers, PictureCache cache, ServerUrl serverUrl) {
        this.layers = layers;
        this.cache = cache;
        this.address = serverUrl.publicUrl().map(url -> url.replaceFirst("^https?://", "").replaceFirst("/$", "")).orElse("");
    }

    /** A PNG of the dataset on {@code day} (null: the period's last day), {@code strike} marked if not null. */
    public byte[] png(LoadedDataset dataset, LocalDate day, Strike strike) {
        return png(dataset, day, strike, Messages.english());
    }

    /** As {@link #png(LoadedDataset, LocalDate, Strike)}, worded in {@code words}' language. */
    public byte[] png(LoadedDataset dataset, LocalDate day, Strike strike, Messages words) {
        MapPicture picture = picture(dataset).in(words);
        if (day != null) {
            picture = picture.on(day);
        }
        if (strike != null) {
            picture = picture.highlighting(strike);
        }
        return png(dataset, picture);
    }

    /** The PNG of {@code asked}, drawn once per dataset and normalised parameters. */
    byte[] png(LoadedDataset dataset, MapPicture asked) {
        return cache.get(keyOf(dataset, asked), asked::png);
    }

    MapPicture picture(LoadedDataset dataset) {
        return MapPicture.of(dataset, layers).signed(address);
    }

    static PictureCache.Key keyOf(LoadedDataset dataset, MapPicture asked) {
        return new PictureCache.Key(dataset.hash(), asked.window().time(), asked.highlighted().map(Strike::id).orElse(""),
                asked.width(), asked.words().tag());
    }
}
