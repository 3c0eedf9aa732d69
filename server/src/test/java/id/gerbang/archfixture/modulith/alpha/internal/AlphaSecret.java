package id.gerbang.archfixture.modulith.alpha.internal;

public class AlphaSecret {
    public String value() {
        return "secret";
    }
}
