package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.learn.data.DataCatalog;
import org.ionmat.learn.data.DataFetcher;
import org.ionmat.learn.embedding.NamedEmbeddings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat data list|fetch}: public data files for users. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Public data files (element embeddings, band-gap data).",
        subcommands = {DataCommand.ListData.class, DataCommand.Fetch.class})
public final class DataCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand; see 'ionmat data --help'");
    }

    /** Lists the catalogue. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = {"Lists the data sets and where they are stored: present (in the data folder), shared (an "
            + "element embedding in the project's shared data folder, usable by name without a download) or absent."})
    static final class ListData implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> r = new ArrayList<>();
            for (DataCatalog.Entry e : DataCatalog.ENTRIES) {
                Map<String, Object> m = Json.object();
                m.put("name", e.name());
                m.put("description", e.description());
                m.put("url", e.url());
                m.put("sha256", e.sha256());
                m.put("licence", e.licence());
                m.put("path", DataCatalog.localPath(e).toString());
                m.put("present", java.nio.file.Files.isRegularFile(DataCatalog.localPath(e)));
                java.nio.file.Path shared = NamedEmbeddings.NAMES.contains(e.name()) ? NamedEmbeddings.sharedCopy(e.name()) : null;
                m.put("shared", shared != null && java.nio.file.Files.isRegularFile(shared));
                r.add(m);
            }
            if (common.json()) {
                Json.print(out, r);
            } else {
                for (Map<String, Object> m : r) {
                    String state = (Boolean) m.get("present") ? "present" : (Boolean) m.get("shared") ? "shared" : "absent";
                    out.printf(Locale.ROOT, "%-14s %-8s %s%n", m.get("name"), state, m.get("description"));
                }
                out.flush();
            }
            return Main.OK;
        }
    }

    /** Downloads data sets. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Downloads data sets by name into the data folder ($IONMAT_DATA or ~/.ionmat/data), checking "
                    + "their SHA-256; nothing is written on a mismatch.")
    static final class Fetch implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "Data set names (see 'ionmat data list'), or 'all'.")
        List<String> names;

        @Option(names = "--url", paramLabel = "URL", description = "Download from this URL instead (mirror; one NAME only).")
        String url;

        @Option(names = "--force", description = "Download even when a file with the right checksum is present.")
        boolean force;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "S", description = "Network timeout, s (default ${DEFAULT-VALUE}).")
        int timeout;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<DataCatalog.Entry> entries = new ArrayList<>();
            for (String n : names) {
                if ("all".equalsIgnoreCase(n)) {
                    entries.addAll(DataCatalog.ENTRIES);
                } else {
                    entries.add(DataCatalog.entry(n));
                }
            }
            if (url != null && entries.size() != 1) {
                throw new org.ionmat.core.InvalidInputException("--url needs exactly one NAME");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> r = new ArrayList<>();
            for (DataCatalog.Entry e : entries) {
                DataFetcher.Result res = DataFetcher.fetch(url != null ? url : e.url(), e.sha256(), DataCatalog.localPath(e),
                        force, timeout * 1000);
                Map<String, Object> m = Json.object();
                m.put("name", e.name());
                m.put("path", res.path().toString());
                m.put("bytes", res.bytes());
                m.put("sha256", res.sha256());
                m.put("downloaded", res.downloaded());
                r.add(m);
                if (!common.json()) {
                    out.printf(Locale.ROOT, "%s: %s (%d bytes, sha256 ok)%n", e.name(),
                            res.downloaded() ? "downloaded to " + res.path() : "already present at " + res.path(), res.bytes());
                }
            }
            if (common.json()) {
                Json.print(out, r);
            }
            out.flush();
            return Main.OK;
        }
    }
}
