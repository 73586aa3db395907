package org.strikemap;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** StrikeMap: a map of reported strikes, each traced to the reports that describe it. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/strikemap.css")
@Meta(name = "description", content = "Reported strike locations, traced to the news reports that describe them")
public class StrikeMapApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(StrikeMapApplication.class, args);
    }
}
