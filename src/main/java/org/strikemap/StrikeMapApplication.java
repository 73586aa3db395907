package org.strikemap;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * StrikeMap: a map of reported strikes, each traced to the reports that describe it. A start that is refused (a bad
 * data file, a bad setting, a port in use) has said why in one line (ops.StartRefusal) and exits with status 1.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/strikemap.css")
@Meta(name = "description", content = "Reported strike locations, traced to the news reports that describe them")
public class StrikeMapApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        try {
            SpringApplication.run(StrikeMapApplication.class, args);
        } catch (RuntimeException refused) {
            System.exit(1);
        }
    }
}
