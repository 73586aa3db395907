package org.strikemap.picture;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.MapLayers;
import org.strikemap.strike.Strike;

/** The map's picture for other features (the static publisher): same drawing and cache as {@code /embed.png}. */
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
        MapPicture picture = MapPicture.of(dataset, layers);
        if (day != null) {
            picture = picture.on(day);
        }
        if (strike != null) {
            picture = picture.highlighting(strike);
        }
        MapPicture asked = picture;
        return cache.get(new PictureCache.Key(dataset.hash(), asked.day(), strike == null ? "" : strike.id(), asked.width()),
                asked::png);
    }
}
