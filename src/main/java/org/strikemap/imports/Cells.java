package org.strikemap.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.strikemap.geo.GeoPoint;

/**
 * The values every format reads the same way: a coordinate (a decimal point or a decimal comma, within its range),
 * a pair "lat, lon" in one cell, a whole count, a record's id (made fit for an id, or made from the row's content
 * when the file has none). Each failure is an {@link IllegalArgumentException} whose message is the row's problem.
 */
final class Cells {

    /** Strike ids are at most this long (the strikes.id column). */
    static final int MAX_ID = 64;
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern PAIR = Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*[,;\\s]\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    private Cells() {
    }

    /** A point from its two cells; null when both are empty. */
    static GeoPoint point(String latitude, String longitude) {
        boolean noLatitude = latitude == null || latitude.isBlank();
        boolean noLongitude = longitude == null || longitude.isBlank();
        if (noLatitude && noLongitude) {
            return null;
        }
        if (noLatitude || noLongitude) {
            throw new IllegalArgumentException((noLatitude ? "latitude" : "longitude") + " is empty, the other is not");
        }
        return new GeoPoint(coordinate("latitude", latitude, 90), coordinate("longitude", longitude, 180));
    }

    /** A point from one cell "50.45, 30.52" (latitude first); null when empty. */
    static GeoPoint pair(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        var match = PAIR.matcher(cell);
        if (!match.matches()) {
            throw new IllegalArgumentException("coordinates '" + Cells.shown(cell) + "' are not 'latitude, longitude'");
        }
        return point(match.group(1), match.group(2));
    }

    static double coordinate(String what, String cell, double limit) {
        String text = cell.strip();
        double value;
        try {
            value = new BigDecimal(text.indexOf('.') < 0 ? text.replace(',', '.') : text).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + shown(text) + "' is not a number");
        }
        if (!(value >= -limit && value <= limit)) {
            throw new IllegalArgumentException(what + " " + shown(text) + " is outside " + (int) -limit + ".." + (int) limit);
        }
        return value;
    }

    /** A whole count, null when empty. */
    static Integer count(String what, String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(cell.strip());
            if (value < 0) {
                throw new IllegalArgumentException(what + " " + value + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + shown(cell) + "' is not a whole number");
        }
    }

    /** {@code prefix} and the file's id made fit for an id (other characters become '-'); null when it has none. */
    static String id(String prefix, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String clean = NOT_ID.matcher(given.strip()).replaceAll("-").replaceAll("^[._-]+", "");
        if (clean.isEmpty()) {
            return null;
        }
        String id = prefix + clean;
        return id.length() > MAX_ID ? prefix + hash(given) : id;
    }

    /** {@code prefix} and a short hash of {@code content}: the same content, the same id, import after import. */
    static String hashed(String prefix, String content) {
        return prefix + hash(content);
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell as a problem quotes it: at most 60 characters. */
    static String shown(String cell) {
        String text = cell.strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }
}
