package pk.hifazat.tips.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * A request seen without its body: no content type, no parts, and parameters from the address
 * alone. The servlet container parses a multipart body as soon as anyone asks for a parameter, so
 * code that must decide before the body is read (the CSRF check, a refusal) looks at the request
 * through this.
 */
final class WithoutBody extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    WithoutBody(HttpServletRequest request) {
        super(request);
        this.parameters = Collections.unmodifiableMap(fromQuery(request.getQueryString()));
    }

    /** Whether a request's body is a multipart form, from its header alone. */
    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public int getContentLength() {
        return 0;
    }

    @Override
    public long getContentLengthLong() {
        return 0;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream nothing = new ByteArrayInputStream(new byte[0]);
        return new ServletInputStream() {
            @Override
            public int read() {
                return nothing.read();
            }

            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("a request without its body has nothing to read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8));
    }

    /** {@code a=1&b=x%20y} as a map, in order; a pair that is not valid percent-encoding is left out. */
    private static Map<String, String[]> fromQuery(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.merge(name, new String[]{value}, (a, b) -> {
                    String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            } catch (IllegalArgumentException malformed) {
                // ignored, as the container ignores a malformed pair
            }
        }
        return parameters;
    }
}
