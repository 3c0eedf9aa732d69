package id.gerbang.registry.internal.generator;

import java.util.SplittableRandom;

/** Picks one of a few int values (SIAK codes, ages, counts) with given relative weights. */
final class Weighted {

    private final int[] values;
    private final double[] cumulative;

    private Weighted(int[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("values and weights differ in length");
        }
        this.values = values.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Pairs of value and weight: {@code of(1, 97.3, 2, 1.6)}. */
    static Weighted of(double... valueWeightPairs) {
        int n = valueWeightPairs.length / 2;
        int[] values = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = (int) valueWeightPairs[2 * i];
            weights[i] = valueWeightPairs[2 * i + 1];
        }
        return new Weighted(values, weights);
    }

    int pick(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
