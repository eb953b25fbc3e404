package koru.bench.zerocost;

/**
 * The n-body step of {@code src/main/koru/nbody.kz} as a Java programmer writes it with immutable
 * records: kick every pair (each velocity pulled along the difference of positions by
 * {@code dt / d^3} times the other's mass), then drift every body by {@code dt} times its velocity.
 * The arithmetic is the Koru program's, operation for operation, so both give the same bits.
 */
final class HandWrittenNBody {
    private HandWrittenNBody() {
    }

    record Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
        Body drift(double dt) {
            return new Body(x + dt * vx, y + dt * vy, z + dt * vz, vx, vy, vz, mass);
        }
    }

    record Trio(Body a, Body b, Body c) {
    }

    private record Pair(Body p, Body q) {
        static Pair kick(Body p, Body q, double dt) {
            double dx = q.x() - p.x();
            double dy = q.y() - p.y();
            double dz = q.z() - p.z();
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double pull = dt / (d * d * d);
            return new Pair(
                    new Body(p.x(), p.y(), p.z(), p.vx() + dx * (q.mass() * pull), p.vy() + dy * (q.mass() * pull), p.vz() + dz * (q.mass() * pull), p.mass()),
                    new Body(q.x(), q.y(), q.z(), q.vx() - dx * (p.mass() * pull), q.vy() - dy * (p.mass() * pull), q.vz() - dz * (p.mass() * pull), q.mass()));
        }
    }

    static Trio advance(Trio bodies, int steps, double dt) {
        for (int i = 0; i < steps; i++) {
            Pair ab = Pair.kick(bodies.a(), bodies.b(), dt);
            Pair ac = Pair.kick(ab.p(), bodies.c(), dt);
            Pair bc = Pair.kick(ab.q(), ac.q(), dt);
            bodies = new Trio(ac.p().drift(dt), bc.p().drift(dt), bc.q().drift(dt));
        }
        return bodies;
    }
}
