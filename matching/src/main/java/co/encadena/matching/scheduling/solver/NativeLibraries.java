package co.encadena.matching.scheduling.solver;

import com.google.ortools.Loader;

/** Loads OR-Tools' native code once per JVM (about half a second the first time). */
final class NativeLibraries {
    private static volatile boolean loaded;

    private NativeLibraries() {
    }

    static void load() {
        if (!loaded) {
            synchronized (NativeLibraries.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
