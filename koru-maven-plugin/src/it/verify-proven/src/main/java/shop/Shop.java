package shop;

/** The Java side of the sample project: Koru/J sources sit beside it in src/main/koru. */
public final class Shop {
    private Shop() {
    }

    public static void main(String[] args) {
        System.out.println("shop");
    }
}
