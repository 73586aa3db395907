package org.strikemap.edit;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the editor's date inputs read and write days: ISO 8601 ("2024-01-02", the files' own way, never ambiguous),
 * with the calendar's months and weekdays in the interface's language and weeks starting on Monday.
 */
final class EditorDates {

    private EditorDates() {
    }

    /** Makes {@code picker} speak the editor's way in {@code locale}; returns it. */
    static DatePicker localize(DatePicker picker, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)));
        // DateFormatSymbols lists weekdays from index 1, Sunday first, as the calendar wants them.
        i18n.setWeekdays(List.of(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)));
        i18n.setWeekdaysShort(List.of(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("edit.date.today"));
        i18n.setCancel(picker.getTranslation("edit.cancel"));
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }
}
