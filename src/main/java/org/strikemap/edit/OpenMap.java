package org.strikemap.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.draft.Change;
import org.strikemap.draft.Draft;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.EditConflict;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordRefused;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * One map open in the editor by one person: the draft as last read, and every save and deletion of its records
 * through the draft service. A record the rules refuse, or a person without the right, gets the service's reason as
 * an alert; a save that meets a colleague's opens {@link ConflictDialog}. After every change the draft is read again
 * and the listeners told, so lists, map and header show what is stored, colleagues' changes included.
 */
final class OpenMap {

    private final DraftService drafts;
    private final String slug;
    private final Editor me;
    private final List<Runnable> listeners = new ArrayList<>();
    private Draft draft;

    OpenMap(DraftService drafts, String slug, Editor me) {
        this.drafts = drafts;
        this.slug = slug;
        this.me = me;
        this.draft = drafts.open(slug, me);
    }

    String slug() {
        return slug;
    }

    Editor me() {
        return me;
    }

    Draft draft() {
        return draft;
    }

    LoadedDataset content() {
        return draft.content();
    }

    /** The revision of {@code record} in the draft as last read; 0 for a record not yet saved. */
    long revisionOf(Object record) {
        return draft.revisionOf(RecordKeys.of(record, slug));
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Reads the draft again and tells the listeners. */
    void reload() {
        draft = drafts.open(slug, me);
        listeners.forEach(Runnable::run);
    }

    /**
     * Saves {@code record} over revision {@code expected}. On success the draft is read again and {@code settled}
     * gets the record as stored; on a conflict the person decides in a dialog, and {@code settled} gets what they
     * chose; on a refusal the reason is shown and nothing else happens.
     */
    void save(Object record, long expected, String why, Consumer<Object> settled) {
        try {
            write(record, expected, why);
        } catch (EditConflict conflict) {
            new ConflictDialog(this, record, conflict, why, settled).open();
            return;
        } catch (RecordRefused | IllegalArgumentException | NotAllowed refused) {
            alert(refused.getMessage());
            return;
        }
        reload();
        settled.accept(record);
    }

    /** Deletes the record {@code key} at revision {@code expected}; a conflict or refusal is shown, nothing deleted. */
    void delete(RecordKey key, long expected, String why, Runnable deleted) {
        try {
            drafts.delete(slug, key, expected, me, why);
        } catch (EditConflict conflict) {
            alert(UI.getCurrent().getTranslation("edit.conflict.deleteRefused", "author", conflict.author()));
            reload();
            return;
        } catch (RecordRefused | IllegalArgumentException | NotAllowed refused) {
            alert(refused.getMessage());
            return;
        }
        reload();
        deleted.run();
    }

    /** The record's revisions, newest first (DraftService.history). */
    List<HistoryEntry> history(RecordKey key) {
        return drafts.history(slug, key, me);
    }

    /**
     * Saves the record {@code key} as its revision {@code number} left it, as a new revision; then the draft is read
     * again and {@code restored} runs. A refusal (the restored record no longer fits the map) is shown, nothing saved.
     */
    void restore(RecordKey key, long number, Runnable restored) {
        try {
            drafts.restore(slug, key, number, me, null);
        } catch (RecordRefused | IllegalArgumentException | NotAllowed refused) {
            alert(refused.getMessage());
            return;
        }
        reload();
        restored.run();
    }

    /** The draft's deleted records, newest deletion first (DraftService.deleted). */
    List<Change> deleted() {
        return drafts.deleted(slug, me);
    }

    /** Restores the deleted record {@code key} as it was when deleted, as a new revision (as {@link #restore}). */
    void restoreDeleted(RecordKey key, Runnable restored) {
        List<HistoryEntry> revisions = history(key);
        if (revisions.isEmpty() || !revisions.getFirst().deleted()) {
            reload();
            return;
        }
        restore(key, revisions.getFirst().number(), restored);
    }

    private void write(Object record, long expected, String why) {
        switch (record) {
            case Strike strike -> drafts.save(slug, strike, expected, me, why);
            case Claim claim -> drafts.save(slug, claim, expected, me, why);
            case Source source -> drafts.save(slug, source, expected, me, why);
            case LaunchSite site -> drafts.save(slug, site, expected, me, why);
            case Ring ring -> drafts.save(slug, ring, expected, me, why);
            case DatasetDescription words -> drafts.save(slug, words, expected, me, why);
            default -> throw new IllegalArgumentException("no draft record: " + record.getClass().getSimpleName());
        }
    }

    /** The service's reason (or the editor's own words), as an alert the screen reader announces. */
    static void alert(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
    }

    /** A confirmation that something was stored. */
    static void done(String message) {
        Notification notification = new Notification(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.getElement().setAttribute("role", "status");
        notification.open();
    }
}
