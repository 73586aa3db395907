package org.strikemap.ui.embed;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.strikemap.map.MapLayers;
import org.strikemap.picture.Pictures;
import org.strikemap.download.MapDownloads;
import org.strikemap.share.MapPaths;
import org.strikemap.share.ServerUrl;
import org.strikemap.ui.StrikeExplorer;

/**
 * {@code --strikemap.publish.to=<folder>} (src/bin/publish): after the start-up load, writes the static embed and
 * exits, with status 0 when written and 2 when the request was refused (the reason is logged).
 * Options: {@code strikemap.publish.map} (a map's slug; the default map if none), {@code strikemap.publish.version}
 * (one of its published versions; the latest if none), {@code strikemap.publish.date},
 * {@code strikemap.publish.strike}, {@code strikemap.publish.full-map-url} (default: that map's page on
 * {@code strikemap.public-url}, the server's one public address, when set), {@code strikemap.publish.lang} (the page's
 * language, default English).
 */
@Configuration
class PublishCommand {

    @Bean
    StaticPublisher staticPublisher(StrikeExplorer.Factory explorers, EmbedAssets assets, MapLayers layers,
                                    Pictures pictures, MapDownloads downloads) {
        return new StaticPublisher(explorers, assets, layers, pictures, downloads);
    }

    @Bean
    @ConditionalOnProperty("strikemap.publish.to")
    ApplicationRunner publishAndExit(StaticPublisher publisher, ConfigurableApplicationContext context,
                                     Environment env, ServerUrl serverUrl) {
        return (ApplicationArguments arguments) -> {
            int status = 0;
            try {
                String map = env.getProperty("strikemap.publish.map");
                publisher.publish(StaticPublisher.Request.to(Path.of(env.getProperty("strikemap.publish.to")))
                        .map(map)
                        .version(env.getProperty("strikemap.publish.version"))
                        .day(env.getProperty("strikemap.publish.date"))
                        .strike(env.getProperty("strikemap.publish.strike"))
                        .fullMapUrl(env.getProperty("strikemap.publish.full-map-url", serverUrl.publicUrl()
                                .map(base -> base + (map == null ? MapPaths.DEFAULT : MapPaths.of(map)).page())
                                .orElse(null)))
                        .language(env.getProperty("strikemap.publish.lang")));
            } catch (IllegalArgumentException refused) {
                LoggerFactory.getLogger(PublishCommand.class).error("Not published: {}", refused.getMessage());
                status = 2;
            }
            int exit = status;
            System.exit(SpringApplication.exit(context, () -> exit));
        };
    }
}
