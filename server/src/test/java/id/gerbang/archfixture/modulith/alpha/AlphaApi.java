package id.gerbang.archfixture.modulith.alpha;

public class AlphaApi {
}
