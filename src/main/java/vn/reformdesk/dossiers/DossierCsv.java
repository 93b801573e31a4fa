package vn.reformdesk.dossiers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.RowError;
import vn.reformdesk.units.UnitTier;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dossier file format and the check of one line. Columns, in this order (header required):
 * {@value #HEADER}, optionally followed by {@value #WAITING} (the day since which a pending dossier waits for the
 * applicant's supplement, for sources that send that state). Times {@code 2024-03-05 08:30[:00]} (or with
 * {@code T}), dates {@code 2024-03-12}; {@code resolved_at} and {@code outcome} are both empty for a pending dossier.
 */
final class DossierCsv {

    static final String HEADER = "dossier_id,unit_code,desk_level,procedure_code,field,channel,service_level,received_at,"
            + "promised_date,resolved_at,outcome,supplement_days,apology_issued,apology_date";
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    static final String WAITING = "waiting_since";
    static final List<String> COLUMNS_WITH_WAITING = java.util.stream.Stream.concat(COLUMNS.stream(), java.util.stream.Stream.of(WAITING)).toList();
    static final Set<String> DESK_LEVELS = Set.of("PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE");
    static final Set<String> CHANNELS = Set.of("ONLINE", "IN_PERSON", "POST");
    static final Set<String> SERVICE_LEVELS = Set.of("NONE", "LEVEL_2", "LEVEL_3", "LEVEL_4", "FULL_ONLINE", "PARTIAL_ONLINE");
    static final Set<String> OUTCOMES = Set.of("RESULT", "REJECTED", "WITHDRAWN");

    /** A unit a dossier may name: its id, tier and validity. */
    /** No one-stop dossier is older than this: an earlier year is a typing or export error (0001, 1900). */
    static final int MIN_YEAR = 2000;

    record UnitKey(long id, UnitTier tier, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, String name) {
        boolean validOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
        }
    }

    private DossierCsv() {
    }

    /** Splits a line: plain comma-separated values fast, quoted ones through commons-csv. */
    static List<String> split(String line) throws IOException {
        if (line.indexOf('"') >= 0) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of() : records.getFirst().toList();
        }
        List<String> out = new ArrayList<>(16);
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                out.add(line.substring(from, i).trim());
                from = i + 1;
            }
        }
        out.add(line.substring(from).trim());
        return out;
    }

    static @Nullable RowError headerProblem(List<String> header) {
        List<String> names = header.stream().map(s -> s.trim().toLowerCase().replace("\uFEFF", "")).toList();
        if (!names.equals(COLUMNS) && !names.equals(COLUMNS_WITH_WAITING)) {
            return RowError.localized(1, "", "dossiers.import.error.header", HEADER + "[," + WAITING + "]", String.join(",", names));
        }
        return null;
    }

    /**
     * Checks one line of a file with {@code columns} columns (nothing may have happened after {@code today}:
     * receipt, resolution, apology and waiting; a promise may lie ahead, but not beyond next year) and appends it to {@code out} in COPY text format
     * ({@code id, unit_id, …, waiting_since}), counting its events in {@code counts} when given. Problems are
     * added to {@code errors}; nothing is appended then.
     */
    static void check(int lineNo, List<String> v, int columns, Map<String, List<UnitKey>> units, LocalDate today, StringBuilder out,
                      List<RowError> errors, @Nullable DossierCounts counts) {
        if (v.size() != columns) {
            errors.add(RowError.localized(lineNo, "", "import.error.column-count", String.valueOf(columns), String.valueOf(v.size())));
            return;
        }
        int before = errors.size();
        String id = v.get(0);
        if (!isCode(id)) {
            errors.add(RowError.localized(lineNo, "dossier_id", "dossiers.import.error.id"));
        }
        String desk = v.get(2);
        if (!DESK_LEVELS.contains(desk)) {
            errors.add(RowError.localized(lineNo, "desk_level", "dossiers.import.error.not-one-of", desk, DESK_LEVELS.toString()));
        }
        String procedure = v.get(3);
        if (!isCode(procedure)) {
            errors.add(RowError.localized(lineNo, "procedure_code", "dossiers.import.error.procedure"));
        }
        String field = v.get(4);
        if (!isField(field)) {
            errors.add(RowError.localized(lineNo, "field", "dossiers.import.error.field", field));
        }
        String channel = v.get(5);
        if (!CHANNELS.contains(channel)) {
            errors.add(RowError.localized(lineNo, "channel", "dossiers.import.error.not-one-of", channel, CHANNELS.toString()));
        }
        String level = v.get(6).isEmpty() ? "NONE" : v.get(6);
        if (!SERVICE_LEVELS.contains(level)) {
            errors.add(RowError.localized(lineNo, "service_level", "dossiers.import.error.not-one-of", level, SERVICE_LEVELS.toString()));
        }
        LocalDateTime receivedAt = time(v.get(7), lineNo, "received_at", true, errors);
        LocalDate promisedOn = date(v.get(8), lineNo, "promised_date", true, errors);
        LocalDateTime resolvedAt = time(v.get(9), lineNo, "resolved_at", false, errors);
        String outcome = v.get(10);
        if (!outcome.isEmpty() && !OUTCOMES.contains(outcome)) {
            errors.add(RowError.localized(lineNo, "outcome", "dossiers.import.error.not-one-of", outcome, OUTCOMES.toString()));
        } else if (v.get(9).isEmpty() != outcome.isEmpty()) {
            errors.add(RowError.localized(lineNo, "outcome", "dossiers.import.error.outcome-pair"));
        }
        int supplement = 0;
        try {
            Integer days = ImportNumbers.intCount(v.get(11));
            supplement = days == null ? 0 : days;
            if (supplement < 0 || supplement > 3650) {
                errors.add(RowError.localized(lineNo, "supplement_days", "dossiers.import.error.supplement-range", "0", "3650"));
            }
        } catch (NumberFormatException e) {
            errors.add(RowError.localized(lineNo, "supplement_days", "dossiers.import.error.whole-number", v.get(11)));
        }
        String apology = v.get(12).toLowerCase();
        if (!apology.isEmpty() && !apology.equals("true") && !apology.equals("false") && !apology.equals("1") && !apology.equals("0")) {
            errors.add(RowError.localized(lineNo, "apology_issued", "dossiers.import.error.boolean", v.get(12)));
        }
        boolean apologised = apology.equals("true") || apology.equals("1");
        LocalDate apologyOn = date(v.get(13), lineNo, "apology_date", false, errors);
        LocalDate waitingFrom = columns > 14 ? date(v.get(14), lineNo, WAITING, false, errors) : null;
        LocalDateTime received = notAfter(receivedAt, today, v.get(7), lineNo, "received_at", errors);
        LocalDateTime resolved = notAfter(resolvedAt, today, v.get(9), lineNo, "resolved_at", errors);
        LocalDate apologyDate = notAfter(apologyOn, today, v.get(13), lineNo, "apology_date", errors);
        LocalDate waitingSince = waitingFrom == null ? null : notAfter(waitingFrom, today, v.get(14), lineNo, WAITING, errors);
        LocalDate promised = promisedOn;
        if (promisedOn != null && promisedOn.getYear() > today.getYear() + 1) {
            errors.add(RowError.localized(lineNo, "promised_date", "dossiers.import.error.later-than", v.get(8), String.valueOf(today.getYear() + 1)));
            promised = null;
        }
        if (received != null && resolved != null && resolved.isBefore(received)) {
            errors.add(RowError.localized(lineNo, "resolved_at", "dossiers.import.error.resolved-before-received", v.get(9), v.get(7)));
        }
        if (received != null && promised != null && promised.isBefore(received.toLocalDate())) {
            errors.add(RowError.localized(lineNo, "promised_date", "dossiers.import.error.promised-before-received"));
        }
        if (received != null && apologyDate != null && apologyDate.isBefore(received.toLocalDate())) {
            errors.add(RowError.localized(lineNo, "apology_date", "dossiers.import.error.apology-before-received"));
        }
        Long unitId = null;
        String unitCode = v.get(1);
        List<UnitKey> candidates = units.get(unitCode);
        if (candidates == null) {
            errors.add(RowError.localized(lineNo, "unit_code", "dossiers.import.error.unit-unknown", unitCode));
        } else if (received != null) {
            // the code is resolved on the receiving date; two units with the code that day is an error naming both
            List<UnitKey> valid = candidates.stream().filter(c -> c.validOn(received.toLocalDate())).toList();
            UnitKey unit = valid.size() == 1 ? valid.getFirst() : null;
            if (valid.size() > 1) {
                errors.add(RowError.localized(lineNo, "unit_code", "units.error.ambiguous-code", unitCode, valid.get(0).name(),
                        valid.get(1).name(), java.sql.Date.valueOf(received.toLocalDate())));
            } else if (unit == null) {
                errors.add(RowError.localized(lineNo, "unit_code", "dossiers.import.error.unit-not-on", unitCode, received.toLocalDate().toString()));
            } else if (DESK_LEVELS.contains(desk) && !desk.equals(unit.tier().name())) {
                errors.add(RowError.localized(lineNo, "desk_level", "dossiers.import.error.desk-mismatch", desk, unitCode, unit.tier().name()));
            } else {
                unitId = unit.id();
            }
        }
        if (errors.size() > before || unitId == null) {
            return;
        }
        out.append(id).append('\t').append(unitId).append('\t').append(desk).append('\t')
                .append(procedure).append('\t').append(field).append('\t').append(channel).append('\t').append(level).append('\t')
                .append(received).append('\t').append(promised).append('\t').append(resolved == null ? "\\N" : resolved).append('\t')
                .append(outcome.isEmpty() ? "\\N" : outcome).append('\t').append(supplement).append('\t')
                .append(apologised ? 't' : 'f').append('\t').append(apologyDate == null ? "\\N" : apologyDate).append('\t');
        out.append(waitingSince == null ? "\\N" : waitingSince).append('\n');
        if (counts != null) {
            counts.add(unitId, field, channel, level, received, promised, resolved, outcome.isEmpty() ? null : outcome, supplement,
                    apologised, waitingSince);
        }
    }

    /** The value, or null with an error on the line and field when it lies after today. */
    private static <T extends java.time.temporal.Temporal> @Nullable T notAfter(@Nullable T value, LocalDate today, String raw,
                                                                              int line, String column, List<RowError> errors) {
        if (value == null) {
            return null;
        }
        LocalDate day = value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
        if (day.isAfter(today)) {
            errors.add(RowError.localized(line, column, "dossiers.import.error.after-today", raw, today.toString()));
            return null;
        }
        return value;
    }

    private static @Nullable LocalDateTime time(String s, int line, String column, boolean required, List<RowError> errors) {
        if (s.isEmpty()) {
            if (required) {
                errors.add(RowError.localized(line, column, "dossiers.import.error.missing"));
            }
            return null;
        }
        try {
            // yyyy-MM-dd[ |T]HH:mm[:ss], parsed by hand: this runs millions of times
            if (s.length() != 16 && s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-'
                    || (s.charAt(10) != ' ' && s.charAt(10) != 'T') || s.charAt(13) != ':') {
                throw new DateTimeException("format");
            }
            int sec = s.length() == 19 ? num(s, 17, 19) : 0;
            LocalDateTime t = LocalDateTime.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10), num(s, 11, 13), num(s, 14, 16), sec);
            if (t.getYear() < MIN_YEAR) {
                errors.add(RowError.localized(line, column, "dossiers.import.error.before-year", s, String.valueOf(MIN_YEAR)));
                return null;
            }
            return t;
        } catch (DateTimeException | NumberFormatException e) {
            errors.add(RowError.localized(line, column, "dossiers.import.error.time", s));
            return null;
        }
    }

    private static @Nullable LocalDate date(String s, int line, String column, boolean required, List<RowError> errors) {
        if (s.isEmpty()) {
            if (required) {
                errors.add(RowError.localized(line, column, "dossiers.import.error.missing"));
            }
            return null;
        }
        try {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw new DateTimeException("format");
            }
            LocalDate d = LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
            if (d.getYear() < MIN_YEAR) {
                errors.add(RowError.localized(line, column, "dossiers.import.error.before-year", s, String.valueOf(MIN_YEAR)));
                return null;
            }
            return d;
        } catch (DateTimeException | NumberFormatException e) {
            errors.add(RowError.localized(line, column, "dossiers.import.error.date", s));
            return null;
        }
    }

    /** {@code [A-Za-z0-9_.\-/]{1,64}}, checked by hand: this runs millions of times. */
    static boolean isCode(String s) {
        int n = s.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z0-9_]{1,40}}. */
    static boolean isField(String s) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
