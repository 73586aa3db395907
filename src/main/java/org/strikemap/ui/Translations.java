package org.strikemap.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;

/**
 * Vaadin's translations for the full page, from the same bundles the map's words and the browser's components read
 * ({@link Messages}). Parameters are name/value pairs for the bundles' named placeholders:
 * {@code getTranslation("page.title", "title", title)}.
 */
@Component
class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.of(locale).get(key, params);
    }
}
