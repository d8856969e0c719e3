package org.ionmat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Test-only potential files until the potentials module's loader is merged:
 * {@code {"test_lennard_jones": {"epsilon": eV, "sigma": Å, "cutoff": Å}}} for one species.
 */
public final class TestPotentialLoader implements PotentialLoader {

    @Override
    public Calculator load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return null;
            }
            throw new UncheckedIOException(e);
        }
        JsonNode lj = root == null ? null : root.get("test_lennard_jones");
        if (lj == null) {
            return null;
        }
        return new LennardJones(lj.get("epsilon").asDouble(), lj.get("sigma").asDouble(), lj.get("cutoff").asDouble());
    }

    /** Truncated Lennard-Jones. */
    record LennardJones(double eps, double sigma, double rc) implements Calculator {
        @Override
        public String name() {
            return "test-lj";
        }

        @Override
        public CalculatorResult calculate(AtomicSystem s, Request request) {
            NeighborList nl = NeighborSearch.withCutoff(rc).half().find(s.lattice(), s.positionsView());
            double e = 0;
            double[] f = new double[3 * s.size()];
            double[] w = new double[9];
            for (int p = 0; p < nl.size(); p++) {
                double r = nl.distances()[p];
                double s6 = Math.pow(sigma / r, 6);
                e += 4 * eps * (s6 * s6 - s6);
                double d = 4 * eps * (-12 * s6 * s6 + 6 * s6) / r;
                int i = nl.centers()[p];
                int j = nl.neighbors()[p];
                for (int a = 0; a < 3; a++) {
                    double fj = -d * nl.vectors()[3 * p + a] / r;
                    f[3 * j + a] += fj;
                    f[3 * i + a] -= fj;
                    for (int b = 0; b < 3; b++) {
                        w[3 * b + a] += nl.vectors()[3 * p + b] * fj;
                    }
                }
            }
            return new CalculatorResult(e, f, w, null, s.volume());
        }
    }
}
