package koru.extract.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A host import line is read as Java reads it: the keyword and the semicolon go, the name stays whole. */
class JavaNamesImportsTest {
    @Test
    void anImportLineNamesItsClass() {
        assertEquals("java.nio.file.Files", JavaNames.imported("import java.nio.file.Files;"));
        assertEquals("Files", JavaNames.importedSimpleName("import java.nio.file.Files;"));
    }

    @Test
    void aPackageWhoseNameHoldsTheKeywordKeepsIt() {
        // Removing every "import" from the line once made this `com.ant.Format`, a class no one imported.
        assertEquals("com.important.Format", JavaNames.imported("import com.important.Format;"));
        assertEquals("Format", JavaNames.importedSimpleName("import com.important.Format;"));
    }

    @Test
    void aStaticImportNamesItsMember() {
        assertEquals("static java.lang.Math.max", JavaNames.imported("import static java.lang.Math.max;"));
        assertEquals("max", JavaNames.importedSimpleName("import static java.lang.Math.max;"));
    }
}
