package koru.smt.natives;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Not trusted (docs/TRUST.md): the native libraries that a TurnKey jar (tools.aqua:z3-turnkey)
 * ships for the running platform, as the platform's {@code turnkey.xml} lists them. Every file of
 * {@code files} must sit in one directory (libz3java finds libz3 beside itself); the JVM loads the
 * ones named in {@code loadOrder}, in that order.
 *
 * @param name names the bundle and the platform, e.g. {@code com.microsoft.z3-linux-amd64}
 */
public record NativeBundle(String name, List<BundledFile> files, List<String> loadOrder) {
    public NativeBundle {
        files = List.copyOf(files);
        loadOrder = List.copyOf(loadOrder);
    }

    /**
     * The bundle under {@code prefix} (e.g. {@code com/microsoft/z3}) for this JVM's OS and CPU, found
     * through {@code resources}; an unsupported platform is an {@link IOException} that names it.
     */
    public static NativeBundle forThisPlatform(String prefix, ClassLoader resources) throws IOException {
        return of(prefix, operatingSystem(System.getProperty("os.name")), cpu(System.getProperty("os.arch")), resources);
    }

    /** The bundle under {@code prefix} for OS {@code os} and CPU {@code cpu}, in TurnKey's names (linux, amd64, ...). */
    static NativeBundle of(String prefix, String os, String cpu, ClassLoader resources) throws IOException {
        String directory = prefix + "/" + os + "/" + cpu + "/";
        Properties metadata = new Properties();
        try (InputStream xml = resources.getResourceAsStream(directory + "turnkey.xml")) {
            if (xml == null) {
                throw new IOException("no native library in the class path for " + os + " on " + cpu + " (no " + directory + "turnkey.xml)");
            }
            metadata.loadFromXML(xml);
        }
        List<BundledFile> files = new ArrayList<>();
        for (String file : listed(metadata, "bundled-libraries")) {
            URL source = resources.getResource(directory + file);
            if (source == null) {
                throw new IOException(directory + "turnkey.xml lists " + file + ", which is not in the class path");
            }
            files.add(BundledFile.at(file, source));
        }
        return new NativeBundle(prefix.replace('/', '.') + "-" + os + "-" + cpu, files, listed(metadata, "load-commands"));
    }

    /** TurnKey writes a list {@code key} as the properties {@code key.0}, {@code key.1}, ... */
    private static List<String> listed(Properties metadata, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; metadata.containsKey(key + "." + i); i++) {
            values.add(metadata.getProperty(key + "." + i));
        }
        return values;
    }

    /** TurnKey's directory name for the OS the JVM reports. */
    private static String operatingSystem(String osName) throws IOException {
        if (osName.equals("Linux")) {
            return "linux";
        }
        if (osName.equals("Mac OS X")) {
            return "osx";
        }
        if (osName.startsWith("Windows")) {
            return "windows";
        }
        throw new IOException("Z3's native library is not shipped for the operating system " + osName);
    }

    /** TurnKey's directory name for the CPU the JVM runs on (a 32-bit JVM needs 32-bit libraries, whatever the CPU). */
    private static String cpu(String osArch) throws IOException {
        return switch (osArch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "aarch64";
            case "x86", "i386" -> "x86";
            default -> throw new IOException("Z3's native library is not shipped for the CPU " + osArch);
        };
    }
}
