package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.strikemap.account.Editor;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.CsvSample;
import org.strikemap.imports.ImportFile;
import org.strikemap.imports.ImportFormat;
import org.strikemap.imports.ImportJob;
import org.strikemap.imports.ImportService;
import org.strikemap.ingest.DatasetException;

/**
 * The import wizard, one step at a time: the file; its format (detected, changeable); for a plain CSV, which column
 * holds what; the preview (read in the background with a progress bar, then counts, problem rows, rows outside the
 * area, likely duplicates); and only then, when asked, the import into the draft. Nothing is written before the last
 * step. The page polls the import twice a second while one runs, so a 100,000-row file never freezes it.
 */
class ImportWizard extends Composite<Div> {

    private static final List<String> STEPS = List.of("file", "format", "mapping", "preview", "write");
    private static final int POLL_MILLIS = 500;

    private final String slug;
    private final Editor who;
    private final ImportService imports;
    private final OrderedList steps = new OrderedList();
    private final Div body = new Div();
    private Path upload;
    private String fileName;
    private ImportFormat format;
    private ImportMappingStep mapping;
    private String job;

    ImportWizard(String slug, Editor who, ImportService imports) {
        this.slug = slug;
        this.who = who;
        this.imports = imports;
        Div root = getContent();
        root.addClassName("dio-wizard");
        steps.addClassName("dio-steps");
        steps.getElement().setAttribute("aria-label", getTranslation("import.steps"));
        STEPS.forEach(step -> steps.add(new ListItem(getTranslation("import.step." + step))));
        body.addClassName("dio-step");
        root.add(steps, body);
        fileStep();
    }

    private void show(String step, com.vaadin.flow.component.Component... content) {
        for (int i = 0; i < STEPS.size(); i++) {
            steps.getComponentAt(i).getElement().removeAttribute("aria-current");
        }
        steps.getComponentAt(STEPS.indexOf(step)).getElement().setAttribute("aria-current", "step");
        body.removeAll();
        body.add(content);
    }

    private void fileStep() {
        TemporaryFileUploadHandler handler = new TemporaryFileUploadHandler((metadata, file) -> {
            Path kept = Files.createTempFile("strikemap-wizard", ".upload");
            Files.move(file.toPath(), kept, StandardCopyOption.REPLACE_EXISTING);
            getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), kept)));
        }) {
            @Override
            public long getFileSizeMax() {
                return imports.caps().maxBytes();
            }
        };
        Upload field = new Upload(handler);
        field.setMaxFiles(1);
        field.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.caps().maxBytes()));
        field.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".geojson", ".json", ".zip");
        field.setI18n(uploadWords());
        field.addFileRejectedListener(event -> body.add(alert(event.getErrorMessage())));
        show("file", new Paragraph(getTranslation("import.file.intro")), field);
    }

    /** The upload's own words (its button, drop hint and refusals) in the interface language. */
    private UploadI18N uploadWords() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.upload.wrongType"))
                        .setTooManyFiles(getTranslation("import.upload.oneFile")));
    }

    private void received(String name, Path file) {
        forgetUpload();
        upload = file;
        fileName = name;
        format = new ImportFile(name, file).detect(imports.caps());
        formatStep();
    }

    private void formatStep() {
        RadioButtonGroup<ImportFormat> choice = new RadioButtonGroup<>(getTranslation("import.format.label"));
        choice.setItems(ImportFormat.values());
        choice.setItemLabelGenerator(item -> getTranslation("import.format." + item.code()));
        choice.setValue(format);
        Button next = new Button(getTranslation("import.next"), event -> {
            format = choice.getValue();
            if (format == ImportFormat.CSV) {
                mappingStep();
            } else {
                preview();
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show("format", new Paragraph(getTranslation("import.format.detected", "file", fileName)), choice,
                buttons(back(this::fileStep), next));
    }

    private void mappingStep() {
        CsvSample sample;
        try {
            sample = new ImportFile(fileName, upload).sample(imports.caps(), 10);
        } catch (DatasetException unreadable) {
            show("mapping", alert(unreadable.getMessage()), buttons(back(this::formatStep)));
            return;
        }
        var saved = imports.savedMapping(slug, sample.header());
        mapping = new ImportMappingStep(sample, saved.orElseGet(() -> ColumnMapping.guess(sample.header(), sample.rows())),
                saved.isPresent());
        Div problems = new Div();
        Button next = new Button(getTranslation("import.next"), event -> {
            List<String> reasons = mapping.mapping().problems(sample.header());
            problems.removeAll();
            if (reasons.isEmpty()) {
                preview();
            } else {
                reasons.forEach(reason -> problems.add(alert(reason)));
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show("mapping", mapping, problems, buttons(back(this::formatStep), next));
    }

    private void preview() {
        ImportFile copy = copyOfUpload();
        ImportJob started;
        try {
            started = imports.start(slug, copy, new ImportService.Request(format, format == ImportFormat.CSV
                    ? mapping.mapping() : null, ImportService.Mode.PREVIEW), who);
        } catch (RuntimeException refused) {
            show("preview", alert(refused.getMessage()), buttons(back(this::formatStep)));
            return;
        }
        job = started.id();
        follow("preview");
    }

    /** Shows the running import's progress, polling until it ends. */
    private void follow(String step) {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(step.equals("write"));
        bar.getElement().setAttribute("aria-label", getTranslation("import." + step + ".running"));
        Paragraph status = new Paragraph(getTranslation("import." + step + ".running"));
        status.getElement().setAttribute("role", "status");
        show(step, status, bar);
        UI ui = getUI().orElseThrow();
        ui.setPollInterval(POLL_MILLIS);
        var registration = new com.vaadin.flow.shared.Registration[1];
        registration[0] = ui.addPollListener(event -> {
            ImportJob now = imports.job(job, who).orElse(null);
            if (now == null || now.state().finished()) {
                registration[0].remove();
                ui.setPollInterval(-1);
                ended(now);
                return;
            }
            bar.setValue(now.progress().totalBytes() == 0 ? 0
                    : Math.min(1, now.progress().bytesRead() / (double) now.progress().totalBytes()));
            status.setText(getTranslation("import." + step + ".progress", "rows", now.progress().rowsRead()));
        });
    }

    private void ended(ImportJob now) {
        if (now == null || now.state() == ImportJob.State.FAILED) {
            show(now != null && now.preview() != null ? "write" : "preview",
                    alert(now == null ? getTranslation("import.gone") : now.outcome().error()),
                    buttons(back(format == ImportFormat.CSV ? this::mappingStep : this::formatStep)));
            return;
        }
        if (now.state() == ImportJob.State.DONE) {
            Paragraph done = new Paragraph(getTranslation("import.write.done", "count", now.outcome().written()));
            done.getElement().setAttribute("role", "status");
            done.addClassName("dio-done");
            forgetUpload();
            show("write", done, new Anchor("edit/" + slug, getTranslation("import.write.toMap")));
            return;
        }
        Button write = new Button(getTranslation("import.write.button"), event -> {
            imports.write(job, who);
            follow("write");
        });
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setEnabled(now.preview().importable() && now.preview().changes() > 0);
        Paragraph note = new Paragraph(getTranslation(now.preview().importable()
                ? (now.preview().changes() > 0 ? "import.preview.ready" : "import.preview.nothing") : "import.preview.blocked"));
        show("preview", new ImportPreviewPanel(now.preview()), note,
                buttons(back(() -> {
                    imports.discard(job, who);
                    if (format == ImportFormat.CSV) {
                        mappingStep();
                    } else {
                        formatStep();
                    }
                }), write));
    }

    private ImportFile copyOfUpload() {
        try {
            Path copy = Files.createTempFile("strikemap-import", ".upload");
            Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
            return new ImportFile(fileName, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Button back(Runnable to) {
        return new Button(getTranslation("import.back"), event -> to.run());
    }

    private static Div buttons(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("dio-buttons");
        return row;
    }

    private static Paragraph alert(String message) {
        Paragraph alert = new Paragraph(message);
        alert.addClassName("dio-alert");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forgetUpload();
        super.onDetach(event);
    }

    private void forgetUpload() {
        if (upload != null) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException ignored) {
                // A temporary file left behind is the system's to clean.
            }
            upload = null;
        }
    }
}
