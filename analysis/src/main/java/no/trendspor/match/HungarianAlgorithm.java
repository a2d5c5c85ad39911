package no.trendspor.match;

import java.util.Arrays;

/**
 * Optimal one-to-one assignment (Kuhn–Munkres, the O(n³) shortest-augmenting-path form with
 * potentials) on a rectangular weight matrix.
 */
public final class HungarianAlgorithm {

    private HungarianAlgorithm() {
    }

    /**
     * Finds a one-to-one assignment of rows to columns with the largest total weight. Every row is
     * assigned when there are at least as many columns as rows, and every column when there are
     * more rows; a caller that wants a threshold drops assigned pairs below it afterwards.
     *
     * @param weights an {@code r × c} matrix of finite weights (rows may be empty)
     * @return for each row the assigned column, or {@code -1}
     */
    public static int[] maximize(double[][] weights) {
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        int n = Math.max(rows, cols);
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : weights) {
            if (row.length != cols) {
                throw new IllegalArgumentException("ragged matrix");
            }
            for (double w : row) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("weight not finite: " + w);
                }
                max = Math.max(max, w);
            }
        }
        // Minimise cost = max - weight on a square matrix padded with zero-weight dummies.
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double w = i <= rows && j <= cols ? weights[i - 1][j - 1] : 0.0;
                cost[i][j] = (i <= rows && j <= cols ? max - w : max);
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols) {
                result[i - 1] = j - 1;
            }
        }
        return result;
    }
}
