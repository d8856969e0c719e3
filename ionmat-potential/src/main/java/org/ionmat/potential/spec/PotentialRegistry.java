package org.ionmat.potential.spec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The named models beyond the built-in pair-potential form: providers found on the class path with
 * {@link ServiceLoader} plus those registered explicitly. Thread-safe.
 */
public final class PotentialRegistry {

    private static final Map<String, PotentialProvider> PROVIDERS = new TreeMap<>();
    private static boolean loaded;

    private PotentialRegistry() {
    }

    /** Registers (or replaces) a provider under its {@link PotentialProvider#model()} name. */
    public static synchronized void register(PotentialProvider provider) {
        load();
        PROVIDERS.put(provider.model().toLowerCase(Locale.ROOT), provider);
    }

    /** Removes the provider of {@code model}, if any (for tests). */
    public static synchronized void unregister(String model) {
        load();
        PROVIDERS.remove(model.toLowerCase(Locale.ROOT));
    }

    /** The provider of {@code model} (case-insensitive), or null. */
    public static synchronized PotentialProvider find(String model) {
        load();
        return PROVIDERS.get(model.toLowerCase(Locale.ROOT));
    }

    /** Names of the registered models, sorted. */
    public static synchronized List<String> models() {
        load();
        return List.copyOf(PROVIDERS.keySet());
    }

    private static void load() {
        if (!loaded) {
            loaded = true;
            for (PotentialProvider p : ServiceLoader.load(PotentialProvider.class)) {
                PROVIDERS.putIfAbsent(p.model().toLowerCase(Locale.ROOT), p);
            }
        }
    }
}
