package vn.reformdesk.base;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The error model of every HTTP API ({@code /api/**}): a JSON problem (RFC 9457,
 * {@code application/problem+json}) with a status that means what it says.
 * <ul>
 *   <li>400: the request itself is malformed (a missing or unreadable parameter, a bad period);</li>
 *   <li>401/403: only for sign-in and rights;</li>
 *   <li>404: an unknown unit or record;</li>
 *   <li>413: the body is larger than allowed (checked before it is read);</li>
 *   <li>415: a body type or encoding that is not accepted (e.g. gzip);</li>
 *   <li>422: a well-formed request whose content is refused, with every error and its line in {@code errors}
 *       (at most {@value #MAX_ERRORS}; {@code errorCount} says how many there were);</li>
 *   <li>500: anything else, logged, with no detail for the client.</li>
 * </ul>
 * Messages are in the request's language ({@code Accept-Language}, Vietnamese when it names none we have), with
 * the message key beside them ({@code key}, and per error in {@code errors}) for clients that translate themselves.
 * Handled here rather than by the container's error page: that page is behind the application's sign-in and
 * answered an empty 403 for every unexpected error.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** The most errors a problem lists; {@code errorCount} gives the total. */
    public static final int MAX_ERRORS = 200;
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /**
     * A request the API cannot answer as it is (e.g. a bad period): 400, with a message key that the answer gives
     * in the request's language.
     */
    public static class BadRequestException extends UserFacingException {
        public BadRequestException(String key, Object... args) {
            super(key, args);
        }
    }

    /** A unit or record the request names that does not exist: 404, with a message key. */
    public static class NotFoundException extends UserFacingException {
        public NotFoundException(String key, Object... args) {
            super(key, args);
        }
    }

    /** A body larger than the limit: thrown by an endpoint before it reads the body (413, with a message key). */
    public static class PayloadTooLargeException extends UserFacingException {
        public PayloadTooLargeException(String key, Object... args) {
            super(key, args);
        }
    }

    /** A body the endpoint does not accept as it is, e.g. compressed (415, with a message key). */
    public static class UnsupportedBodyException extends UserFacingException {
        public UnsupportedBodyException(String key, Object... args) {
            super(key, args);
        }
    }

    /** One error of a refused import as the API shows it: in the request's language, with its key. */
    public record ApiRowError(int line, String column, String message, String key, List<Object> args) {
        static ApiRowError of(RowError e, Locale locale) {
            return new ApiRowError(e.line(), e.column(locale), e.message(locale), e.key(), e.args());
        }
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e, HttpServletRequest request) {
        Locale locale = languageOf(request);
        List<RowError> errors = e.errors();
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, AppI18NProvider.text("import.rejected.api", locale, errors.size()));
        p.setProperty("errorCount", errors.size());
        p.setProperty("errors", (errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors).stream()
                .map(r -> ApiRowError.of(r, locale)).toList());
        // the first error's text, for clients that show one line
        p.setProperty("message", errors.isEmpty() ? "" : lineText(errors.getFirst(), locale));
        if (!errors.isEmpty() && !errors.getFirst().key().isEmpty()) {
            p.setProperty("key", errors.getFirst().key());
        }
        return answer(p);
    }

    /** The request's language: English when Accept-Language prefers it, otherwise Vietnamese. */
    static Locale languageOf(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? AppLocales.VIETNAMESE : AppLocales.supported(request.getLocale());
    }

    private static String lineText(RowError e, Locale locale) {
        String column = e.column(locale);
        return AppI18NProvider.text(column.isEmpty() ? "import.error.at-line" : "import.error.at-cell", locale,
                String.valueOf(e.line()), column, e.message(locale));
    }

    /** A body that is not UTF-8 text (UTF-16, Windows-1258 …): refused content, not a server error. */
    @ExceptionHandler(java.io.UncheckedIOException.class)
    ResponseEntity<ProblemDetail> unreadable(java.io.UncheckedIOException e, HttpServletRequest request) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return rejected(ImportRejectedException.localized("import.error.not-utf8"), request);
        }
        if (e.getCause() instanceof org.apache.commons.csv.CSVException csv) {
            // e.g. an unbalanced quote: the file is not valid CSV
            return rejected(ImportRejectedException.localized("import.error.bad-csv", String.valueOf(csv.getMessage())), request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        return answer(translated(HttpStatus.UNPROCESSABLE_CONTENT, e, request));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> bad(BadRequestException e, HttpServletRequest request) {
        return answer(translated(HttpStatus.BAD_REQUEST, e, request));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(translated(HttpStatus.NOT_FOUND, e, request));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return answer(translated(HttpStatus.CONTENT_TOO_LARGE, e, request));
    }

    @ExceptionHandler(UnsupportedBodyException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedBodyException e, HttpServletRequest request) {
        return answer(translated(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e, request));
    }

    /** An argument the code refused without a key (its text is English, for the log): a generic translated 400. */
    @ExceptionHandler({IllegalArgumentException.class, DateTimeException.class})
    ResponseEntity<ProblemDetail> bad(RuntimeException e, HttpServletRequest request) {
        log.info("API request refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(keyed(HttpStatus.BAD_REQUEST, "security.error.bad-address", request));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> missing(NoSuchElementException e, HttpServletRequest request) {
        log.info("API request for something missing {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(keyed(HttpStatus.NOT_FOUND, "shell.not-found", request, request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(keyed(HttpStatus.FORBIDDEN, "error.access-denied", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(keyed(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", request));
    }

    /** Spring's own request errors (missing parameter, unreadable body, wrong media type …) as problems too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        HttpHeaders out = new HttpHeaders();
        if (entity != null) {
            out.putAll(entity.getHeaders());
        }
        out.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        return new ResponseEntity<>(entity == null ? null : entity.getBody(), out, statusCode);
    }

    /** A problem whose detail is the exception's message in the request's language, with its key (and field). */
    private static ProblemDetail translated(HttpStatus status, UserFacingException e, HttpServletRequest request) {
        ProblemDetail p = problem(status, e.message(languageOf(request)));
        p.setProperty("key", e.key());
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        return p;
    }

    private static ProblemDetail keyed(HttpStatus status, String key, HttpServletRequest request, Object... args) {
        ProblemDetail p = problem(status, AppI18NProvider.text(key, languageOf(request), args));
        p.setProperty("key", key);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
        p.setTitle(status.getReasonPhrase());
        return p;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).header(HttpHeaders.CONTENT_TYPE, "application/problem+json").body(p);
    }
}
