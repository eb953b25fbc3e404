package koru.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildProgram;
import koru.extract.jar.Library;

/**
 * The name of {@code koru run}'s cached jar: SHA-256 of every source file the program reads (path
 * and text), the options that change what is built, and the code of the front end, the extractor
 * and the libraries a jar may carry (a new Koru/J, or a new runtime, builds anew). A jar is cached only once it was built, which for a
 * verified build means once it was proven.
 */
final class JarKey {
    private JarKey() {
    }

    static String of(Elaboration elaboration, BuildOptions build) {
        MessageDigest sha = sha256();
        update(sha, "koru run jar 1");
        for (SourceUnit unit : elaboration.units()) {
            update(sha, unit.file().displayPath());
            update(sha, unit.file().text());
        }
        update(sha, "flags " + build.program.flags.stream().sorted().toList() + " auto-discharge " + build.program.autoDischarge
                + " no-verify " + build.noVerify);
        for (Class<?> fromCode : List.of(LowerToCoreIr.class, BuildProgram.class)) {
            codeAt(codeLocationOf(fromCode), sha);
        }
        for (Library library : BuildProgram.libraries()) {
            codeAt(library.classes(), sha);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** The jar (or, in a build tree, the class directory) that {@code type} was loaded from. */
    private static Path codeLocationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a jar, or of every file of a class directory. */
    private static void codeAt(Path code, MessageDigest sha) {
        try (Stream<Path> files = Files.isDirectory(code) ? Files.walk(code) : Stream.of(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(sha, code.relativize(file).toString());
                try (InputStream in = Files.newInputStream(file)) {
                    sha.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Koru/J's own code to key the build cache", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
