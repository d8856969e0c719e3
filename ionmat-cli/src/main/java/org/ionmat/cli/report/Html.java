package org.ionmat.cli.report;

/** A minimal HTML page builder (plain HTML, no scripts or external resources: works offline). */
public final class Html {

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public Html(String title) {
        this.title = title;
    }

    /** Escapes text for HTML. */
    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public Html heading(int level, String text) {
        body.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        return this;
    }

    public Html paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A table; the first row is the header. */
    public Html table(java.util.List<String[]> rows) {
        body.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            body.append("<tr>");
            String tag = r == 0 ? "th" : "td";
            for (String c : rows.get(r)) {
                body.append('<').append(tag).append('>').append(esc(c == null ? "" : c)).append("</").append(tag).append('>');
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    public Html list(java.util.List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        body.append("<ul>\n");
        for (String i : items) {
            body.append("<li>").append(esc(i)).append("</li>\n");
        }
        body.append("</ul>\n");
        return this;
    }

    /** An image (PNG) linking to its vector version. */
    public Html figure(String png, String svg, String caption) {
        body.append("<figure><a href=\"").append(esc(svg)).append("\"><img src=\"").append(esc(png))
                .append("\" alt=\"").append(esc(caption)).append("\"></a><figcaption>").append(esc(caption))
                .append("</figcaption></figure>\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .6em;"
                + "text-align:right}th{background:#eee}figure{display:inline-block;margin:.5em}"
                + "img{max-width:32em}</style></head><body>\n<h1>" + esc(title) + "</h1>\n" + body + "</body></html>\n";
    }
}
