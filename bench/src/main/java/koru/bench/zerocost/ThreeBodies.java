package koru.bench.zerocost;

import java.util.List;
import koru.app.Nbody;

/**
 * The bodies both n-body versions start from (a sun and two planets, in the units of the
 * Benchmarks Game), built for each, and each version's result as the list of its 21 numbers, so
 * that they can be compared bit for bit.
 */
final class ThreeBodies {
    static final double DT = 0.01;

    private static final double[][] START = {
            {0, 0, 0, 0, 0, 0, 39.47841760435743},
            {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                    6.06326392995832020e-01, 2.81198684491626260e+00, -2.52183616598876730e-02, 3.7693674870389486e-02},
            {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                    -1.01077434617879180e+00, 1.82566237123041186e+00, 8.41576137658415351e-03, 1.1286326131968767e-02}};

    private ThreeBodies() {
    }

    static Nbody.Trio forExtracted() {
        return new Nbody.Trio(extracted(START[0]), extracted(START[1]), extracted(START[2]));
    }

    static HandWrittenNBody.Trio forHandWritten() {
        return new HandWrittenNBody.Trio(handWritten(START[0]), handWritten(START[1]), handWritten(START[2]));
    }

    static List<Double> numbersOf(Nbody.Trio trio) {
        return java.util.stream.Stream.of(trio.a(), trio.b(), trio.c())
                .flatMap(body -> java.util.stream.Stream.of(body.x(), body.y(), body.z(), body.vx(), body.vy(), body.vz(), body.mass())).toList();
    }

    static List<Double> numbersOf(HandWrittenNBody.Trio trio) {
        return java.util.stream.Stream.of(trio.a(), trio.b(), trio.c())
                .flatMap(body -> java.util.stream.Stream.of(body.x(), body.y(), body.z(), body.vx(), body.vy(), body.vz(), body.mass())).toList();
    }

    private static Nbody.Body extracted(double[] v) {
        return new Nbody.Body(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    private static HandWrittenNBody.Body handWritten(double[] v) {
        return new HandWrittenNBody.Body(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
