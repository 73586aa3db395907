package org.strikemap.api;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeService;

/** {@code /api/strikes}: the strikes as GeoJSON points, optionally only those whose dates meet a window. */
@RestController
class StrikeApi {

    private final StrikeService strikes;

    StrikeApi(StrikeService strikes) {
        this.strikes = strikes;
    }

    @GetMapping("/api/strikes")
    ResponseEntity<byte[]> strikes(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DateWindow window = DateWindow.parse(from, to);
        return GeoJsonResponses.of(strikes.featureCollection(strikes.between(window.from(), window.to())));
    }

    /** One strike, as a FeatureCollection of one feature so clients parse it like the list. */
    @GetMapping("/api/strikes/{id}")
    ResponseEntity<byte[]> strike(@PathVariable String id) {
        Strike strike = strikes.find(id).orElseThrow(() -> ApiException.notFound("no strike with id '" + id + "'"));
        return GeoJsonResponses.of(strikes.featureCollection(List.of(strike)));
    }
}
