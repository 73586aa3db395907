package org.strikemap.picture;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.MapLayers;
import org.strikemap.strike.Strike;

/** The map's pictures, drawn once per dataset and parameters: {@code /embed.png} and the static publisher. */
@Service
public class Pictures {

    private final MapLayers layers;
    private final PictureCache cache;

    Pictures(MapLayers layers, PictureCache cache) {
        this.layers = layers;
        this.cache = cache;
    }

    /** A PNG of the dataset on {@code day} (null: the period's last day), {@code strike} marked if not null. */
    public byte[] png(LoadedDataset dataset, LocalDate day, Strike strike) {
        MapPicture picture = picture(dataset);
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
        return MapPicture.of(dataset, layers);
    }

    static PictureCache.Key keyOf(LoadedDataset dataset, MapPicture asked) {
        return new PictureCache.Key(dataset.hash(), asked.window().time(), asked.highlighted().map(Strike::id).orElse(""), asked.width());
    }
}
