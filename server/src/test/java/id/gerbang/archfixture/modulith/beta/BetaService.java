package id.gerbang.archfixture.modulith.beta;

import id.gerbang.archfixture.modulith.alpha.internal.AlphaSecret;

public class BetaService {
    String read(AlphaSecret secret) {
        return secret.value();
    }
}
