package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Delete this record from the draft?": deleting waits for a second, explicit yes; Escape or Cancel keeps it. */
final class ConfirmDelete extends Dialog {

    ConfirmDelete(String what, Runnable delete) {
        setHeaderTitle(getTranslation("edit.delete.title"));
        add(new Paragraph(getTranslation("edit.delete.explain", "what", what)));
        Button cancel = new Button(getTranslation("edit.cancel"), event -> close());
        Button yes = new Button(getTranslation("edit.delete"), event -> {
            close();
            delete.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, yes);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                cancel.focus();
            }
        });
    }
}
