package co.encadena.api.common.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/** A generated file (PDF, spreadsheet, calendar) answered as a download that no shared cache keeps. */
public final class Downloads {

    private Downloads() {
    }

    public static HttpResponse<byte[]> file(byte[] body, String contentType, String fileName) {
        return HttpResponse.ok(body).contentType(MediaType.of(contentType))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store");
    }
}
