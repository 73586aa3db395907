package org.strikemap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import org.strikemap.ingest.DatasetException;

/**
 * A file's bytes as text, read as it streams: strictly UTF-8 (a bad byte fails with its line and column, as
 * {@code file:line:column: reason}), without a leading byte order mark, and never more than a cap of bytes (the
 * rest is not read). Tells how many bytes it has read so far, for a progress bar. Limits: UTF-8 only; a file in
 * another encoding is refused, not guessed.
 */
final class StrictText extends Reader {

    private final InputStream in;
    private final String file;
    private final long maxBytes;
    private final LongConsumer progress;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private long read;
    private boolean ended;
    private boolean started;
    /** Where the next decoded character stands: for errors. */
    private int line = 1;
    private int column = 1;

    StrictText(InputStream in, String file, long maxBytes, LongConsumer progress) {
        this.in = in;
        this.file = file;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (target[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    /** Decodes more characters; false at the end of the text. */
    private boolean fill() throws IOException {
        if (ended && !bytes.hasRemaining()) {
            return false;
        }
        if (!ended) {
            bytes.compact();
            int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (got < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + got);
                read += got;
                if (read > maxBytes) {
                    throw new DatasetException(file, 0, "is larger than " + ImportCaps.megabytes(maxBytes)
                            + ", the cap for an import; split it, or raise strikemap.import.max-bytes");
                }
                progress.accept(read);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, ended);
        if (ended && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
        if (result.isError()) {
            failAt(bytes.get(bytes.position()) & 0xFF);
        }
        return chars.hasRemaining() || !ended || bytes.hasRemaining();
    }

    /** The characters decoded before the bad byte are valid: count them, then say where the byte is. */
    private void failAt(int bad) {
        int at = line;
        int col = column;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                at++;
                col = 1;
            } else {
                col++;
            }
        }
        throw new DatasetException(file, at, col, String.format("is not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bad));
    }

    /** Bytes read so far. */
    long bytesRead() {
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
