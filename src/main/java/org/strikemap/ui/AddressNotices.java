package org.strikemap.ui;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.ViewAddress;

/**
 * How a page words a language or region its address named and {@link ViewAddress#check} refused: one sentence each,
 * the same on the full page (a notification) and in the embed (its notice), in the page's language, quoting the
 * value cut ({@code share.Echo}). The embed's script words bad days and unknown strikes itself; these two need the
 * server's knowledge (the map's languages and regions). Limits: words only; dropping the value is the caller's.
 */
public final class AddressNotices {

    /** The parameters whose refusal the server words for the embed. */
    private static final Set<String> SERVER_WORDED = Set.of(Languages.PARAMETER, "region");

    private AddressNotices() {
    }

    /** The notices for the embed: its address's refused language and region, in that order. */
    public static List<String> of(ViewAddress.Checked checked, Collection<String> dataLanguages, Messages words) {
        return checked.refused().stream().filter(refusal -> SERVER_WORDED.contains(refusal.name()))
                .map(refusal -> refusal.name().equals("region") ? noRegion(refusal.echo(), words)
                        : badLanguage(refusal.echo(), dataLanguages, words))
                .toList();
    }

    /** The names of the parameters {@link #of} words, which the embed leaves out of the addresses it writes. */
    public static List<String> refusedNames(ViewAddress.Checked checked) {
        return checked.refused().stream().map(ViewAddress.Refusal::name).filter(SERVER_WORDED::contains).toList();
    }

    /** {@code echoed}: the refused value as {@code share.Echo} cuts it; the map is offered in {@code dataLanguages}. */
    static String badLanguage(String echoed, Collection<String> dataLanguages, Messages words) {
        return words.get("page.badLang", "lang", echoed, "languages",
                Languages.offered(dataLanguages).stream().map(Languages::tag).collect(Collectors.joining(", ")));
    }

    static String noRegion(String echoed, Messages words) {
        return words.get("page.noRegion", "region", echoed);
    }
}
