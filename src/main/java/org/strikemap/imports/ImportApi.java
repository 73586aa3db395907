package org.strikemap.imports;

import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.share.Echo;
import org.strikemap.web.ApiError;

/**
 * Imports over HTTP, for scripts with an API token ({@code Authorization: Bearer …}) and the import command:
 * <ul>
 * <li>{@code POST /api/maps/{slug}/imports}, multipart: {@code file}, and optionally {@code format} (zip, acled,
 * geojson, csv; detected when absent), {@code mapping} (a plain CSV's column mapping as JSON; the one saved with the
 * map for the file's columns when absent) and {@code mode} ({@code write}, the default: written once read, unless a
 * row has a problem; {@code preview}: read only). Answers 202 with {@code Location}, the import's status address.</li>
 * <li>{@code GET …/imports/{id}}: the import now ({@link ImportJob}, JSON); {@code Retry-After: 1} while it runs.</li>
 * <li>{@code POST …/imports/{id}/write}: writes a previewed import; {@code DELETE …/imports/{id}}: forgets it.</li>
 * </ul>
 * Every call asks who may make it (the service does: an editor or reviewer of the map; only an admin makes a map from
 * a zip; an import is only its person's): 401 with nobody signed in, 403 without the right, nothing stored or written.
 * A file over {@code spring.servlet.multipart.max-file-size} is 413 before it is stored; every other refusal is
 * JSON with the reason ({@code file:line: reason} for a bad file, in the import's {@code outcome.error}).
 */
@RestController
class ImportApi {

    private final ImportService imports;
    private final People people;

    ImportApi(ImportService imports, People people) {
        this.imports = imports;
        this.people = people;
    }

    @Requires(Right.EDIT_MAP)
    // No "consumes": a request that is not multipart must still meet the guard first (401/403), not a 415 that would
    // tell a stranger the route takes files; the missing part is then a 400.
    @PostMapping("/api/maps/{slug}/imports")
    ResponseEntity<ImportJob> start(@PathVariable String slug, @RequestPart("file") MultipartFile file,
                                    @RequestParam(required = false) String format,
                                    @RequestParam(required = false) String mapping,
                                    @RequestParam(required = false) String mode) throws IOException {
        Editor who = signedIn();
        ImportFormat chosen = format == null || format.isBlank() ? null : ImportFormat.named(format.strip()).orElseThrow(() ->
                new IllegalArgumentException("format '" + Echo.of(format) + "' is not one of zip, acled, geojson, csv"));
        ColumnMapping columns = mapping == null || mapping.isBlank() ? null : ColumnMapping.fromJson(mapping);
        ImportService.Mode chosenMode = switch (mode == null ? "write" : mode.strip()) {
            case "write" -> ImportService.Mode.WRITE;
            case "preview" -> ImportService.Mode.PREVIEW;
            default -> throw new IllegalArgumentException("mode '" + Echo.of(mode) + "' is not write or preview");
        };
        Path upload = Files.createTempFile("strikemap-import", ".upload");
        try {
            file.transferTo(upload);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
        ImportJob job = imports.start(slug, new ImportFile(file.getOriginalFilename(), upload),
                new ImportService.Request(chosen, columns, chosenMode), who);
        return ResponseEntity.accepted().location(URI.create("/api/maps/" + slug + "/imports/" + job.id())).body(job);
    }

    @Requires(Right.EDIT_MAP)
    @GetMapping("/api/maps/{slug}/imports/{id}")
    ResponseEntity<ImportJob> status(@PathVariable String slug, @PathVariable String id) {
        ImportJob job = imports.job(id, signedIn()).filter(found -> found.slug().equals(slug))
                .orElseThrow(() -> new IllegalArgumentException("no import " + Echo.of(id) + " of map " + Echo.of(slug)));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!job.state().finished()) {
            answer.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return answer.body(job);
    }

    @Requires(Right.EDIT_MAP)
    @PostMapping("/api/maps/{slug}/imports/{id}/write")
    ResponseEntity<ImportJob> write(@PathVariable String slug, @PathVariable String id) {
        ImportJob job = imports.write(id, signedIn());
        return ResponseEntity.accepted().location(URI.create("/api/maps/" + slug + "/imports/" + job.id())).body(job);
    }

    @Requires(Right.EDIT_MAP)
    @DeleteMapping("/api/maps/{slug}/imports/{id}")
    ResponseEntity<Void> discard(@PathVariable String slug, @PathVariable String id) {
        imports.discard(id, signedIn());
        return ResponseEntity.noContent().build();
    }

    private Editor signedIn() {
        return people.current().orElseThrow(() -> new NotAllowed("sign in, or send an API token (Authorization: Bearer …)"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> refused(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    /**
     * A start that is not multipart/form-data (no file part can be in it): the caller's mistake, 400, not a 500. A
     * multipart error that knows its status (an upload too large: 413) keeps it.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e) {
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(status, status.getReasonPhrase()));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(HttpStatus.BAD_REQUEST, "send the data as multipart/form-data with a part named file"));
    }

    /** Nobody signed in: 401; signed in without the right (or not the import's person): 403. Nothing was written. */
    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<ApiError> notAllowed(NotAllowed e) {
        HttpStatus status = people.current().isPresent() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, e.getMessage()));
    }

    @ExceptionHandler(ImportBusy.class)
    ResponseEntity<ApiError> busy(ImportBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(MediaType.APPLICATION_JSON).body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
